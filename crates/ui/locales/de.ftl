# Die Wörter der Hülle auf Deutsch (siehe docs/translating.md).

## Zahlen und Aufzählungen

list-and = { $init } und { $last }
list-comma = { $first }, { $next }
percent = { $p } %
milliseconds = { $ms } Millisekunden
requests-per-second = { $rate } Anfragen pro Sekunde
