# The shell's words in English, the fallback for every other language: the tools, the help
# dialog, the notices, the tours' frame and the shared controls (see docs/translating.md).

## Numbers and lists, as the sims' sentences embed them

# "1, 2 and 3": every item but the last ($init, joined by list-comma), then the last.
list-and = { $init } and { $last }
list-comma = { $first }, { $next }
# A share as a whole percentage.
percent = { $p }%
# Short units beside a number, as sliders and labels show them.
unit-ms = { $ms } ms
unit-s = { $s } s
seconds = { $s } { $s ->
    [one] second
   *[other] seconds
}
# A slider's value read out by a screen reader.
milliseconds = { $ms } milliseconds
requests-per-second = { $rate } requests per second

## The frame around every sim (shell.rs)

saved-image = Saved the picture as { $file } ({ $width } × { $height } pixels).
no-image = There is no picture to save yet.
tools = View and share
tool-help = Help
tool-projector = Projector
tool-full-screen = Full screen
tool-copy-link = Copy link to this state
tool-copy-link-title = Copy a link that opens this sim with the current settings and seed
tool-copy-link-text = Copy link
tool-save-image = Save image
tool-save-image-title = Save the picture as a PNG file
copying = Copying…
copied = Copied to the clipboard.
copy-by-hand = Select the link and copy it (Ctrl+C or ⌘C).
share-group = Link to this state
share-label = Link to this state:
share-close = Close the link
notices = Settings changed
notices-dismiss = Dismiss notices
dialog-title = How to use this simulation
dialog-keyboard = Keyboard
key-tab = Tab / Shift+Tab
key-tab-does = move between controls
key-enter = Enter / Space
key-enter-does = press the focused button
key-arrows = Arrow keys
key-arrows-does = change the focused slider or choice
key-space = Space
key-space-does = play / pause (when no button has focus)
key-step-does = step once (when no control has focus)
key-reset = Alt+R
key-reset-does = reset everything
key-full-screen-does = full screen
key-projector-does = projector mode (large text)
key-help-does = this help
dialog-share = Share
dialog-share-text = Copy link copies an address that opens this simulation with its current settings and seed: paste it into slides or a course page. Save image saves the picture as a PNG file.
close = Close

## Guided tours (tour_view.rs, tour.rs)

take-tour = Take the tour
tours-menu = Guided tours
step-progress = Tour: { $tour } · step { $step } / { $steps }
answer-label = Answer:
predict-label = Predict:
back = Back
continue = Continue
finish = Finish
exit-tour = Exit tour
panel-move-title = Move this panel to the other side, to see what it covers
panel-move-right = Move right
panel-move-left = Move left
no-such-tour = There is no tour named “{ $asked }”. { $count ->
    [0] This simulation has no tours.
   *[other] Its tours are: { $tours }.
}

## Shared controls and panels

play = Play
pause = Pause
step = Step
reset = Reset
clock = Clock
legend = Legend
screen-summary = Screen summary
summary-now = Now:

## Notices about settings the link gave that were changed (params.rs)

notice-too-long = The link is very long; only its first 16 KB were read.
notice-repeated = { $key } was given { $times } times; using the first ({ $used }).
notice-not-a-number = { $key }={ $given } is not a number; using { $key }={ $using }.
notice-above-cap = { $key }={ $given } is larger than { $cap }; using { $key }={ $using }.
notice-out-of-range = { $key }={ $given } is outside { $lo }–{ $hi }; using { $key }={ $using }.
notice-not-whole = { $key }={ $given } is not a whole number; using { $key }={ $using }.
notice-not-on-off = { $key }={ $given } is not on or off; using { $key }={ $using }.
notice-not-one-of = { $key }={ $given } is not one of { $options }; using { $key }={ $using }.
notice-bad-seed = seed={ $given } is not a whole number from 0 to 18446744073709551615; using seed={ $using }.
notice-more = { $n } more settings in the link were changed.
# A value the link left empty, as the notices show it.
empty-value = (empty)

## The page's own messages (crates/app: a panic's overlay)

crash-title = This simulation hit an error
reload = Reload

## A part of a sim whose code arrives when it is first shown (part.rs)

part-loading = Loading this panel…
part-failed = This panel's program did not arrive. Check the connection, then open the panel again.

## The loader's words (www/boot.js, before any WebAssembly runs: tools/pages.mjs copies every
## page-* message into it, so these hold no variables)

page-loading = Loading the simulation…
page-load-failed = This simulation could not load
page-load-failed-glue = Its program (JavaScript glue) did not arrive. Check the connection, or ask the page owner whether the simulation files are in place, then reload.
page-load-failed-module = Its program (WebAssembly module) did not arrive. Check the connection, or ask the page owner whether the simulation files are in place, then reload.
page-reload = Reload
page-load-failed-chunk = Its program (this simulation's WebAssembly chunk) did not arrive. Check the connection, or ask the page owner whether the simulation files are in place, then reload.
page-no-webassembly = Its program (WebAssembly is not supported by this browser) did not arrive. Check the connection, or ask the page owner whether the simulation files are in place, then reload.
