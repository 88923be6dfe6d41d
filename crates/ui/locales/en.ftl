# The shell's words in English, the fallback for every other language: the tools, the help
# dialog, the notices, the tours' frame and the shared controls (see docs/translating.md).

## Numbers and lists, as the sims' sentences embed them

# "1, 2 and 3": every item but the last ($init, joined by list-comma), then the last.
list-and = { $init } and { $last }
list-comma = { $first }, { $next }
# A share as a whole percentage.
percent = { $p }%
# A slider's value read out by a screen reader.
milliseconds = { $ms } milliseconds
requests-per-second = { $rate } requests per second
