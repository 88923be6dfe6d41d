# Die Wörter dieser Simulation auf Deutsch (siehe en.ftl für die Bedeutung jeder Nachricht).

## Die Seite: Titel, Hilfe

title = Konsistenter Hash-Ring
about-1 = Das Bild zeigt den Hash-Ring: einen Kreis aus 2³² Positionen, dargestellt als 0° bis 360°. Jeder physische Knoten (A, B, C …) hat eine Farbe; seine virtuellen Knoten sind Striche in dieser Farbe auf dem Ring, und jeder besitzt den Bogen davor. Schlüssel sind kleine Punkte auf dem Ring in der Farbe des Knotens, dem sie gehören. Ein Balkendiagramm zeigt, wie viele Schlüssel jeder Knoten hält.
about-2 = „Knoten hinzufügen“ und „Knoten entfernen“ ändern die Mitgliedschaft; die Schlüssel, die umziehen müssen, werden hervorgehoben und wandern dann zu ihrem neuen Besitzer. Jeder Knoten ist zugleich eine Schaltfläche, die ihn entfernt. Die Schieberegler stellen die virtuellen Knoten pro physischem Knoten und die Zahl der Schlüssel ein, und „Schlüssel untersuchen“ geht die Schlüssel einzeln durch und zeigt, wie der Besitzer eines Schlüssels gefunden wird. „Mit hash mod N vergleichen“ zeigt, wie viele Schlüssel dieselbe Änderung unter hash(key) mod N verschieben würde.
about-3 = Die Leertaste startet einen Rundgang, der einen Schlüssel nach dem anderen im Uhrzeigersinn untersucht, und hält ihn an; → untersucht den nächsten Schlüssel.
about-4 = Die Anzeigen nennen die Streuung der Ringanteile: wie ungleich die Anteile der Knoten am Ring gemessen ausfallen, neben der Formel √((N−1)/(N·V)), der sie folgt. Die Schlüsselsuche listet die Replikate des Schlüssels auf: seinen Besitzer und die nächsten verschiedenen physischen Knoten im Uhrzeigersinn (die Präferenzliste; rf im Link legt fest, wie viele).
help-1 = Knoten und Schlüssel werden (mit xxh32) auf einen Ring aus 2³² Positionen gehasht, dargestellt als 0°–360°. Ein Schlüssel gehört dem ersten virtuellen Knoten im Uhrzeigersinn; jeder virtuelle Knoten ist ein Strich in der Farbe seines Knotens und besitzt den farbigen Bogen davor.
help-2 = „Knoten hinzufügen“ und „Knoten entfernen“ ändern die Mitgliedschaft: Die Schlüssel, die umziehen müssen, werden zuerst orange hervorgehoben und wandern dann im Uhrzeigersinn zu ihrem neuen Besitzer, und der Zähler zeigt, wie viele umgezogen sind. Klicken Sie auf einen Knoten (oder wechseln Sie mit Tab zu ihm und drücken Sie Enter), um ihn zu entfernen. Erhöhen Sie „Virtuelle Knoten pro physischem Knoten“ und beobachten Sie, wie das Histogramm flacher wird. Klicken Sie auf einen Schlüssel oder verwenden Sie „Schlüssel untersuchen“ mit den Pfeiltasten, um zu sehen, wie sein Besitzer gefunden wird. „Mit hash mod N vergleichen“ zeigt, wie viele Schlüssel dieselbe Änderung unter hash(key) mod N verschieben würde.
help-3 = Die Leertaste startet einen Rundgang, der einen Schlüssel nach dem anderen im Uhrzeigersinn untersucht, und hält ihn an; → untersucht den nächsten Schlüssel.
help-4 = Der Weg eines umziehenden Schlüssels ist der Suchpfad zu seinem neuen Besitzer; die Daten selbst werden vom alten Besitzer kopiert. Virtuelle Knoten verengen die Streuung der Last auf etwa √((N−1)/(N·V)) (13 % bei 50 virtuellen Knoten), beseitigen sie aber nie; die Anzeige nennt die gemessene Streuung. Jeder Schlüssel wird auf seinem Besitzer und den nächsten verschiedenen physischen Knoten im Uhrzeigersinn gespeichert: der Präferenzliste, die die Schlüsselsuche zeigt (wie viele Kopien es gibt, legen Sie mit rf= im Link fest).

## Namen, auf der Zeichenfläche und in Sätzen

node-name = Knoten { $letter }
vnode-name = Knoten { $letter }#{ $index }
node-list = { $count ->
    [0] kein Knoten
    [one] Knoten { $list }
   *[other] Knoten { $list }
}
then-list = { $first }, dann { $next }
ring-caption = Hash-Ring
histogram-title = Schlüssel pro Knoten
histogram-stats = max/Mittel { $max } · Std.-Abw. { $sd }
mean-label = Mittel { $mean }
owner-caption = Besitzer: Knoten { $letter }
canvas-label = Ein Hash-Ring, gezeichnet von 0° bis 360° (Hashwerte 0 bis 2^32 − 1), mit { $nodes } Knoten ({ $letters }), insgesamt { $vnodes } virtuellen Knoten und { $keys } Schlüsseln, jeder in der Farbe des Knotens, dem er gehört. Histogramm der Schlüssel pro Knoten: { $counts }.
node-button = Knoten { $letter }: besitzt { $keys } von { $total } Schlüsseln. { $removable ->
    [yes] Drücken Sie, um ihn zu entfernen.
   *[no] Er kann nicht entfernt werden: Der Ring hat das Minimum von { $min } Knoten.
}

## Die Bühne: Legende und Anzeigen

swatches = Legende
ring-space-why = Der Ring ist der 32-Bit-Hashraum: 0° ist Hash 0, 360° ist 2^32 = 4.294.967.296, was wieder bei 0 ankommt.
ring-space = = Hash 0 … 2³² − 1 (xxh32)
swatch-vnode = virtueller Knoten
swatch-orange = orange
swatch-migrates = umziehender Schlüssel
migration-why = Der Weg im Uhrzeigersinn ist der Suchpfad, der den neuen Besitzer eines Schlüssels findet; die Daten selbst werden vom alten Besitzer (oder einem anderen Replikat) zum neuen kopiert.
readouts = Ring-Anzeigen
counter = Umgezogene Schlüssel: { $migrated } / Schlüssel insgesamt: { $total }
keys-per-node = Schlüssel pro Knoten: { $list }
spread-readout = max/Mittel { $max } · Mittel { $mean } · Standardabweichung { $sd }
share-spread = Streuung der Ringanteile { $measured } % · erwartet √((N−1)/(N·V)) = { $expected } %
spread-why = Die Standardabweichung der Anteile der Knoten am Ring, relativ zu ihrem Mittelwert. Mehr virtuelle Knoten verengen sie wie √((N−1)/(N·V)), auf etwa 13 % bei 50 und 7 % bei 150, aber nie auf null; feste, gleich große Partitionen oder gewichtete virtuelle Knoten schaffen Abhilfe.

## Die Leiste: Schaltflächen, Schieberegler, Vergleich, Schlüsselsuche

membership = Mitgliedschaft
add-node = Knoten hinzufügen
remove-node = Knoten entfernen
reset-button = Zurücksetzen
vnodes-slider = Virtuelle Knoten pro physischem Knoten
vnodes-value = { $vnodes } { $vnodes ->
    [one] virtueller Knoten
   *[other] virtuelle Knoten
} pro physischem Knoten, { $ticks } Striche auf dem Ring
keys-slider = Schlüssel
keys-value = { $keys } Schlüssel (von { $min } bis { $max })
inspect-slider = Schlüssel untersuchen
inspect-none = keiner
inspect-none-value = Kein Schlüssel untersucht
inspect-value = { $key }, Schlüssel { $rank } von { $keys } im Uhrzeigersinn ab 0°, bei { $deg }°, gehört { $owner }
compare-switch = Mit hash mod N vergleichen
compare-label = Konsistentes Hashing gegenüber hash mod N
compare-hint = Fügen Sie einen Knoten hinzu oder entfernen Sie einen, um zu vergleichen, wie viele Schlüssel jedes Verfahren verschiebt.
consistent-hashing = Konsistentes Hashing
mod-n-name = hash mod N ({ $before } → { $after })
moved-value = { $moved } von { $total } Schlüsseln umgezogen ({ $share })
expected-shares = Erwartet: etwa 1/{ $big } = { $one } gegenüber { $small }/{ $big } = { $most }.
lookup-label = Schlüsselsuche
lookup-hint = Klicken Sie auf einen Schlüssel auf dem Ring oder verwenden Sie „Schlüssel untersuchen“, um seinen Hash und den Weg im Uhrzeigersinn zu seinem Besitzer zu sehen.
fact-key = Schlüssel
fact-hash = xxh32-Hash
fact-position = Position
fact-walk = Weg im Uhrzeigersinn
fact-owner = Besitzer
fact-mod-n = hash mod N
replicas-term = Replikate (RF = { $rf })
walk-fact = { $walk }°{ $wrapped ->
    [yes] , über 360° hinweg,
   *[no] {""}
} bis { $vnode } bei { $deg }°

## Erzählung

load-clause = meistbelasteter Knoten mit dem { $max }-Fachen des Mittels von { $mean } Schlüsseln, Standardabweichung { $sd } (VK { $cv })
load-sentence = Der meistbelastete Knoten trägt das { $max }-Fache des Mittels von { $mean } Schlüsseln, Standardabweichung { $sd } (VK { $cv }).
start = { $nodes } auf dem Ring, jeder mit { $vnodes ->
    [one] einem virtuellen Knoten
   *[other] { $vnodes } virtuellen Knoten
}, dazu { $keys } Schlüssel; jeder Schlüssel gehört dem ersten virtuellen Knoten, der im Uhrzeigersinn auf ihn folgt. Last: { $load }.
reset = Zurückgesetzt.
reset-to = Zurückgesetzt: { $nodes } wieder auf dem Ring, jeder mit { $vnodes ->
    [one] einem virtuellen Knoten
   *[other] { $vnodes } virtuellen Knoten
}, dazu { $keys } Schlüssel.
key-tour-stopped = Schlüssel-Rundgang angehalten.
no-key-inspected = Kein Schlüssel wird untersucht.
state-summary = { $nodes } Knoten mit je { $vnodes ->
    [one] einem virtuellen Knoten
   *[other] { $vnodes } virtuellen Knoten
} halten { $keys } Schlüssel; der meistbelastete Knoten trägt das { $max }-Fache des Mittels.
refusal-at-maximum = „Knoten hinzufügen“ ist nicht verfügbar: Der Ring hat bereits das Maximum von { $max } Knoten.
refusal-at-minimum = „Knoten entfernen“ ist nicht verfügbar: Der Ring hat bereits das Minimum von { $min } Knoten.
refusal-not-on-ring = { $node } ist nicht auf dem Ring, also hat sich nichts geändert.
refusal-no-free-name = Jeder Knotenname ist vergeben, also kann kein Knoten hinzukommen.
refusal-no-node = Es gibt keinen Knoten, der entfernt werden könnte.
vnodes-clamped = Die Zahl der virtuellen Knoten pro Knoten liegt zwischen { $min } und { $max }; verwendet wird { $used }.
keys-clamped = Die Zahl der Schlüssel liegt zwischen { $min } und { $max }; verwendet wird { $used }.
vnodes-changed = Jeder Knoten hat jetzt { $vnodes ->
    [one] einen virtuellen Knoten
   *[other] { $vnodes } virtuelle Knoten
} ({ $ticks } Striche auf dem Ring); { $changed } von { $keys } Schlüsseln { $changed ->
    [one] hat
   *[other] haben
} den Besitzer gewechselt. Last: { $load }.
vnodes-unchanged = Jeder Knoten hat bereits { $vnodes ->
    [one] einen virtuellen Knoten
   *[other] { $vnodes } virtuelle Knoten
}.
keys-changed = Der Ring hält jetzt { $keys } Schlüssel. Last: { $load }.
keys-unchanged = Der Ring hält bereits { $keys } Schlüssel.
joined = { $node } ist dem Ring { $vnodes ->
    [one] bei { $deg }°
   *[other] mit { $vnodes } virtuellen Knoten
} beigetreten.
took-none = Er hat keinen der Schlüssel übernommen (erwartet war etwa 1/{ $n }), also ist kein Schlüssel umgezogen.
took-some = Er hat { $moved } von { $total } Schlüsseln übernommen ({ $share }; erwartet war etwa 1/{ $n }), alle von { $sources }; kein anderer Schlüssel ist umgezogen.
left = { $node } hat den Ring verlassen.
left-none = Er besaß keine Schlüssel, also ist keiner umgezogen.
left-some = { $moved ->
    [one] Sein einziger Schlüssel ist
   *[other] Seine { $moved } Schlüssel sind
} im Uhrzeigersinn zum nächsten verbleibenden virtuellen Knoten umgezogen, auf { $nodes }; { $stayed ->
    [one] der übrige Schlüssel blieb, wo er war.
   *[other] die übrigen { $stayed } Schlüssel blieben, wo sie waren.
}
mod-n-moves = Mit hash mod N würde der Schritt von { $before } auf { $after } Knoten { $moved } von { $total } Schlüsseln verschieben ({ $share }).
lookup = { $key } wird auf { $hash } gehasht ({ $deg }°). Im Uhrzeigersinn{ $wrapped ->
    [yes] , über 360° hinweg zurück auf 0°,
   *[no] {""}
} trifft er als ersten virtuellen Knoten auf { $vnode } bei { $vnode_deg }°, also gehört er { $owner }. Unter hash mod { $n } käme er auf Shard { $hash } % { $n } = { $shard }, also zu { $mod_owner }.
inspected-owner = Der untersuchte Schlüssel { $key } gehört jetzt { $owner }.
compare-last = Vergleich der letzten Änderung: Konsistentes Hashing hat { $moved } von { $total } Schlüsseln verschoben ({ $share }); hash mod N hätte { $mod_moved } verschoben ({ $mod_share }).
compare-none = Vergleich mit hash mod N: Fügen Sie einen Knoten hinzu oder entfernen Sie einen, um zu sehen, wie viele Schlüssel jedes Verfahren verschiebt.
compare-hidden = Vergleich mit hash mod N ausgeblendet.

## Geführte Touren

tour-add-a-node = Ein neuer Knoten verschiebt etwa 1/N der Schlüssel

tour-add-a-node-1 = Fünf Knoten, 1.000 Schlüssel
tour-add-a-node-1-text = Fünf physische Knoten mit je 50 Positionen (virtuellen Knoten) auf dem Ring und 1.000 Schlüssel. Ein Schlüssel gehört dem ersten virtuellen Knoten, der im Uhrzeigersinn auf den Hash des Schlüssels folgt.
tour-add-a-node-1-predict = Ein sechster Knoten kommt hinzu. Welcher Anteil der 1.000 Schlüssel wechselt ungefähr den Besitzer?
tour-add-a-node-1-answer = Etwa 1/6 (17 %), mehr oder weniger um die Streuung: nur die Schlüssel auf den Bögen, die die virtuellen Knoten des neuen Knotens übernehmen.

tour-add-a-node-2 = Ein sechster Knoten kommt hinzu
tour-add-a-node-2-text = Der neue Knoten hat die Bögen direkt vor jedem seiner virtuellen Knoten übernommen, und nur die Schlüssel dort sind umgezogen, jeder von seinem alten Besitzer zum neuen Knoten. Alle anderen Schlüssel blieben, wo sie waren. (Die Animation lässt die Schlüssel im Uhrzeigersinn den Suchpfad entlangwandern; die Daten selbst werden vom alten Besitzer kopiert.)

tour-add-a-node-3 = Dieselbe Änderung unter hash % N
tour-add-a-node-3-text = „Mit hash mod N vergleichen“ zählt, was dieselbe Änderung bewirkt, wenn der Knoten eines Schlüssels hash(key) % N ist: Der Schritt von 5 auf 6 Knoten ändert bei etwa 5/6 der Schlüssel den Rest, also zieht fast alles um.
tour-add-a-node-3-predict = Warum verschiebt hash % N so viel mehr?
tour-add-a-node-3-answer = Weil N in der Formel steht: Ändert sich N, ändert sich der Rest fast jedes Schlüssels, während der Ring nur die Besitzer der Bögen neben dem neuen Knoten ändert.

tour-add-a-node-4 = Ein Knoten geht
tour-add-a-node-4-text = Ein Knoten hat den Ring verlassen. Nur seine eigenen Schlüssel sind umgezogen, jeder zum nächsten virtuellen Knoten im Uhrzeigersinn; unter hash % N würden wieder fast alle Schlüssel umziehen.

tour-add-a-node-5 = Wo ein Schlüssel liegt
tour-add-a-node-5-text = „Schlüssel untersuchen“ verfolgt einen Schlüssel: seinen Hash, den ersten virtuellen Knoten im Uhrzeigersinn und dessen physischen Knoten. Mit Replikation halten die nächsten verschiedenen physischen Knoten im Uhrzeigersinn seine weiteren Kopien (die Präferenzliste).

tour-virtual-nodes = Virtuelle Knoten gleichen die Last aus

tour-virtual-nodes-1 = Eine Position pro Knoten
tour-virtual-nodes-1-text = Fünf Knoten mit je einer Position auf dem Ring und 10.000 Schlüssel. Die Bögen zwischen den Positionen sind sehr unterschiedlich lang, daher hält der Knoten am Ende des längsten Bogens weit mehr Schlüssel, als seinem Anteil entspricht.
tour-virtual-nodes-1-predict = Was geschieht mit der Last des meistbelasteten Knotens, wenn jeder Knoten mehr virtuelle Knoten erhält?
tour-virtual-nodes-1-answer = Sie sinkt in Richtung des Mittelwerts: Viele kleine Bögen pro Knoten gleichen sich aus, sodass die gesamte Bogenlänge jedes Knotens näher bei 1/N liegt.

tour-virtual-nodes-2 = Zehn virtuelle Knoten pro Knoten
tour-virtual-nodes-2-text = Zehn virtuelle Knoten pro Knoten: Die Last jedes Knotens ist jetzt die Summe aus zehn Bögen, und das Histogramm ist flacher.

tour-virtual-nodes-3 = Fünfzig virtuelle Knoten pro Knoten
tour-virtual-nodes-3-text = Fünfzig virtuelle Knoten pro Knoten: Der meistbelastete Knoten liegt nur noch wenige Dutzend Prozent über dem Mittelwert.
tour-virtual-nodes-3-predict = Ist die Last mit genügend virtuellen Knoten genau gleich verteilt?
tour-virtual-nodes-3-answer = Nein. Die Streuung schrumpft nur wie √((N − 1)/(N·V)): etwa 13 % bei V = 50 und 7 % bei V = 150.

tour-virtual-nodes-4 = Immer noch nicht ganz gleichmäßig
tour-virtual-nodes-4-text = Die Anzeige vergleicht die gemessene Streuung der Schlüssel pro Knoten mit dieser Formel; beide stimmen überein. Dynamo ging später zu festen, gleich großen Partitionen über, und Riak sowie die neuere Token-Zuteilung von Cassandra platzieren Tokens so, dass sich die Last ausgleicht; Gewichte pro Knoten geben größeren Maschinen mehr virtuelle Knoten.

tour-virtual-nodes-5 = Ein neuer Knoten mit virtuellen Knoten
tour-virtual-nodes-5-text = Ein sechster Knoten kommt mit seinen 50 virtuellen Knoten hinzu: Er nimmt jedem anderen Knoten kleine Bögen ab, sodass die Schlüssel, die er erhält, von allen stammen und nicht von einem einzigen unglücklichen Nachbarn.
