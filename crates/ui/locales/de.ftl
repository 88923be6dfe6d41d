# Die Wörter der Hülle auf Deutsch (siehe docs/translating.md).

## Zahlen und Aufzählungen

list-and = { $init } und { $last }
list-comma = { $first }, { $next }
percent = { $p } %
# Kurze Einheiten hinter einer Zahl, wie Schieberegler und Beschriftungen sie zeigen.
unit-ms = { $ms } ms
unit-s = { $s } s
seconds = { $s } { $s ->
    [one] Sekunde
   *[other] Sekunden
}
milliseconds = { $ms } Millisekunden
requests-per-second = { $rate } Anfragen pro Sekunde

## Der Rahmen um jede Simulation (shell.rs)

saved-image = Das Bild wurde als { $file } gespeichert ({ $width } × { $height } Pixel).
no-image = Es gibt noch kein Bild zum Speichern.
tools = Ansicht und Teilen
tool-help = Hilfe
tool-projector = Beamer
tool-full-screen = Vollbild
tool-copy-link = Link zu diesem Zustand kopieren
tool-copy-link-title = Einen Link kopieren, der diese Simulation mit den aktuellen Einstellungen und dem Seed öffnet
tool-copy-link-text = Link kopieren
tool-save-image = Bild speichern
tool-save-image-title = Das Bild als PNG-Datei speichern
copying = Wird kopiert …
copied = In die Zwischenablage kopiert.
copy-by-hand = Markieren Sie den Link und kopieren Sie ihn (Strg+C oder ⌘C).
share-group = Link zu diesem Zustand
share-label = Link zu diesem Zustand:
share-close = Link schließen
notices = Geänderte Einstellungen
notices-dismiss = Hinweise schließen
dialog-title = So bedienen Sie diese Simulation
dialog-keyboard = Tastatur
key-tab = Tab / Umschalt+Tab
key-tab-does = zwischen den Bedienelementen wechseln
key-enter = Eingabe / Leertaste
key-enter-does = die fokussierte Schaltfläche drücken
key-arrows = Pfeiltasten
key-arrows-does = den fokussierten Regler oder die Auswahl ändern
key-space = Leertaste
key-space-does = abspielen / anhalten (wenn keine Schaltfläche den Fokus hat)
key-step-does = einen Schritt weiter (wenn kein Bedienelement den Fokus hat)
key-reset = Alt+R
key-reset-does = alles zurücksetzen
key-full-screen-does = Vollbild
key-projector-does = Beamer-Modus (große Schrift)
key-help-does = diese Hilfe
dialog-share = Teilen
dialog-share-text = „Link kopieren“ kopiert eine Adresse, die diese Simulation mit ihren aktuellen Einstellungen und dem Seed öffnet: Fügen Sie sie in Folien oder eine Kursseite ein. „Bild speichern“ speichert das Bild als PNG-Datei.
close = Schließen

## Geführte Touren

take-tour = Tour starten
tours-menu = Geführte Touren
step-progress = Tour: { $tour } · Schritt { $step } / { $steps }
answer-label = Antwort:
predict-label = Vorhersage:
back = Zurück
continue = Weiter
finish = Fertig
exit-tour = Tour beenden
panel-move-title = Dieses Feld auf die andere Seite schieben, um zu sehen, was es verdeckt
panel-move-right = Nach rechts
panel-move-left = Nach links
no-such-tour = Es gibt keine Tour namens „{ $asked }“. { $count ->
    [0] Diese Simulation hat keine Touren.
   *[other] Ihre Touren sind: { $tours }.
}

## Gemeinsame Bedienelemente

play = Abspielen
pause = Pause
step = Schritt
reset = Zurücksetzen
clock = Uhr
legend = Legende
screen-summary = Bildschirmzusammenfassung
summary-now = Jetzt:

## Hinweise zu geänderten Einstellungen aus dem Link

notice-too-long = Der Link ist sehr lang; nur seine ersten 16 KB wurden gelesen.
notice-repeated = { $key } wurde { $times }-mal angegeben; verwendet wird der erste Wert ({ $used }).
notice-not-a-number = { $key }={ $given } ist keine Zahl; verwendet wird { $key }={ $using }.
notice-above-cap = { $key }={ $given } ist größer als { $cap }; verwendet wird { $key }={ $using }.
notice-out-of-range = { $key }={ $given } liegt außerhalb von { $lo }–{ $hi }; verwendet wird { $key }={ $using }.
notice-not-whole = { $key }={ $given } ist keine ganze Zahl; verwendet wird { $key }={ $using }.
notice-not-on-off = { $key }={ $given } ist weder an noch aus; verwendet wird { $key }={ $using }.
notice-not-one-of = { $key }={ $given } ist keiner der Werte { $options }; verwendet wird { $key }={ $using }.
notice-bad-seed = seed={ $given } ist keine ganze Zahl von 0 bis 18446744073709551615; verwendet wird seed={ $using }.
notice-more = { $n } weitere Einstellungen im Link wurden geändert.
empty-value = (leer)

## Meldungen der Seite (Absturz)

crash-title = In dieser Simulation ist ein Fehler aufgetreten
reload = Neu laden

## Ein Teil einer Simulation, dessen Programm beim ersten Zeigen geladen wird

part-loading = Dieser Bereich wird geladen …
part-failed = Das Programm dieses Bereichs ist nicht angekommen. Prüfen Sie die Verbindung und öffnen Sie den Bereich dann noch einmal.

## Die Wörter des Laders (www/boot.js)

page-loading = Die Simulation wird geladen …
page-load-failed = Diese Simulation konnte nicht geladen werden
page-load-failed-glue = Ihr Programm (JavaScript-Anbindung) ist nicht angekommen. Prüfen Sie die Verbindung oder fragen Sie die Betreiber der Seite, ob die Dateien der Simulation vorhanden sind, und laden Sie dann neu.
page-load-failed-module = Ihr Programm (WebAssembly-Modul) ist nicht angekommen. Prüfen Sie die Verbindung oder fragen Sie die Betreiber der Seite, ob die Dateien der Simulation vorhanden sind, und laden Sie dann neu.
page-reload = Neu laden
page-load-failed-chunk = Ihr Programm (der WebAssembly-Teil dieser Simulation) ist nicht angekommen. Prüfen Sie die Verbindung oder fragen Sie die Betreiber der Seite, ob die Dateien der Simulation vorhanden sind, und laden Sie dann neu.
page-no-webassembly = Dieser Browser unterstützt kein WebAssembly, das diese Simulation braucht. Öffnen Sie die Seite in einem aktuellen Browser.
