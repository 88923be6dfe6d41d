# Die Wörter dieser Simulation auf Deutsch (siehe docs/translating.md). Ids und Variablen wie
# in en.ftl; was hier fehlt, zeigt die Seite auf Englisch.

## Die Seite: Titel, Hilfe, Legende

title = Vertikal oder horizontal skalieren
about-1 = Das Bild zeigt die beiden Wege, eine Datenbank wachsen zu lassen, nebeneinander. Links vertikal skalieren: eine Leiter von Maschinengrößen von 2 bis 192 Kernen, jeder Balken so hoch wie die Anfragen pro Sekunde, die diese Maschine bedient (Amdahls Gesetz über ihre Kerne, dazu ihre Platte), die Nachfrage als gestrichelte Linie und die genutzte Maschine hervorgehoben. Rechts horizontal skalieren: die Knoten des Clusters als Quadrate, als Lese-Replikate (L markiert den Leader) oder als Shards; ausgefallene Knoten sind durchgestrichen.
about-2 = Darunter vergleicht eine Tabelle die Maschine mit dem Cluster: Kapazität, Auslastung, mittlere Latenz (sie wächst wie 1 / (1 − Auslastung), wie bei einer M/M/1-Warteschlange), Kosten pro Stunde und pro Million Anfragen, was ein Ausfall kostet und den Betriebsaufwand. Ein Diagramm, über Reiter gewählt, zeigt die Nachfrage Monat für Monat gegen beide Obergrenzen, die Kapazität gegen den Preis, die Latenz gegen die Last oder die Kosten pro Million Anfragen im Zeitverlauf.
about-3 = Abspielen lässt die Monate vergehen: Die Arbeitslast wächst, die Hebel folgen ihr, wenn „Der Nachfrage folgen“ eingeschaltet ist, und Maschinen fallen mit der Ausfallrate aus. Die Reiter der Regler stellen die Arbeitslast, die Maschine und ihren seriellen Anteil, den Cluster (Knoten, Knotengröße, Aufteilung, Konkurrenz σ, Kohärenz κ, shardübergreifende Anfragen) und die Ausfälle ein. Die Voreinstellungen laden vier Geschichten.
help-1 = Vertikal skalieren heißt, eine größere Maschine zu kaufen: Die Anwendung bleibt, wie sie ist, aber Amdahls Gesetz begrenzt, was mehr Kerne bringen, die Preise steigen oben steil an, und die Leiter endet. Horizontal skalieren fügt Maschinen hinzu: Das reicht weiter, aber nach dem Universal Scalability Law erreicht die Kapazität bei N* = √((1 − σ)/κ) Knoten ihr Maximum und fällt danach; Lese-Replikate verteilen nur die Lesevorgänge, Shards verteilen auch die Schreibvorgänge, zahlen aber für shardübergreifende Anfragen.
help-2 = Drücken Sie Abspielen (oder die Leertaste), um die Monate vergehen zu lassen, → für einen Monat. Ziehen Sie die Schieberegler in jedem Reiter; Tabelle und Diagramm folgen sofort. Die Voreinstellungen erzählen vier Geschichten; die Erzählung sagt, was jede zeigt.
help-3 = Preise, Platten- und Ausfallzahlen sind Beispielwerte; die Gesetze (Amdahl, das USL, die Warteschlangenkurve) werden aus ihren Formeln berechnet.

## Geführte Touren

tour-where-each-lever-stops = Wo jeder Hebel endet

tour-where-each-lever-stops-1 = Eine wachsende Arbeitslast
tour-where-each-lever-stops-1-text = Eine Arbeitslast, auf zwei Arten bedient: links eine Maschine, die bei wachsender Nachfrage durch eine größere ersetzt wird (vertikal skalieren), rechts ein Cluster, der Maschinen hinzufügt (horizontal skalieren). Beide werden jeden Monat so bemessen, dass sie mit Reserve mithalten.
tour-where-each-lever-stops-1-predict = Die Nachfrage wächst jeden Monat. Welcher Hebel ist zuerst ausgereizt: die größere Maschine oder mehr Maschinen?
tour-where-each-lever-stops-1-answer = Die größere Maschine, hier in Monat 28: Die Preisleiter endet bei der größten Maschine, und Amdahls serieller Anteil begrenzt, was mehr Kerne noch bringen.

tour-where-each-lever-stops-2 = Zwei Jahre später
tour-where-each-lever-stops-2-text = Zwei Jahre später halten beide Hebel noch mit: Die einzelne Maschine ist die Preisleiter hinaufgestiegen, der Cluster ist auf einige Knoten gewachsen. Die Diagramme zeigen die Nachfrage gegen die Obergrenze jedes Hebels.

tour-where-each-lever-stops-3 = Eine Maschine, eine Fehlerdomäne
tour-where-each-lever-stops-3-text = Die einzelne Maschine ist ausgefallen. Sie ist eine einzige Fehlerdomäne: Bis sie repariert ist, wird nichts bedient.

tour-where-each-lever-stops-4 = Einer von vielen Knoten fällt aus
tour-where-each-lever-stops-4-text = Die Maschine ist repariert; jetzt fällt ein Knoten des Clusters aus. Die anderen bedienen weiter, mit weniger Kapazität: Viele kleine Fehlerdomänen verlieren einen Teil, nicht alles.

tour-where-each-lever-stops-5 = Die größte Maschine reicht nicht
tour-where-each-lever-stops-5-text = In Monat 30 liegt die Nachfrage über dem, was selbst die größte Maschine bedienen kann. Vertikales Skalieren ist an seiner Obergrenze; der Cluster hält durch weitere Knoten noch mit.
tour-where-each-lever-stops-5-predict = Kann der Cluster durch weitere Knoten beliebig weiterwachsen?
tour-where-each-lever-stops-5-answer = Nein. Die Knoten wenden Arbeit auf, um einander konsistent zu halten (das κ des USL), daher erreicht die Kapazität ein Maximum und fällt dann.

tour-where-each-lever-stops-6 = Auch der Cluster endet
tour-where-each-lever-stops-6-text = In Monat 42 ist auch der Cluster über seiner Obergrenze. Er hat nahe dem Maximum des Universal Scalability Law bei N* = √((1 − σ)/κ) aufgehört, Knoten hinzuzufügen: Darüber hinaus macht jeder weitere Knoten den Cluster langsamer. Die nächsten Schritte ändern den Entwurf (Shards, weniger Koordination), nicht die Größe.

tour-reads-writes-serial = Lesevorgänge skalieren horizontal, Schreibvorgänge und serielle Arbeit nicht

tour-reads-writes-serial-1 = Ein leselastiges Blog
tour-reads-writes-serial-1-text = Ein leselastiges Blog: 98 % Lesevorgänge über ein bescheidenes Working Set. Der Cluster nutzt Lese-Replikate, von denen jedes jeden Lesevorgang beantworten kann.

tour-reads-writes-serial-2 = Replikate tragen die Lesevorgänge
tour-reads-writes-serial-2-text = Drei Jahre später tragen die Replikate noch immer die wachsenden Lesevorgänge: Jedes weitere Replikat bringt Lesekapazität, während die einzelne Maschine nahe an ihrer Obergrenze ist.

tour-reads-writes-serial-3 = Schreiblastige Erfassung
tour-reads-writes-serial-3-text = Schreiblastige IoT-Erfassung: 90 % Schreibvorgänge. Jedes Replikat muss jeden Schreibvorgang ausführen, Replikate bringen für Schreibvorgänge also nichts; diese Voreinstellung teilt die Daten stattdessen in Shards auf, und in Monat 18 halten die Shards mit, wo die einzelne Maschine es nicht kann.

tour-reads-writes-serial-4 = Ein serieller Engpass
tour-reads-writes-serial-4-text = Ein serieller Engpass: 20 % der Arbeit laufen Schritt für Schritt (eine globale Sperre, ein einzelner Sequenzer). Keiner der Hebel erreicht die Nachfrage, nicht einmal in Monat 0.
tour-reads-writes-serial-4-predict = Um wie viel schneller können beliebig viele Maschinen oder Kerne diese Arbeitslast machen?
tour-reads-writes-serial-4-answer = Höchstens um das 1/0,2 = 5-Fache (Amdahls Gesetz): Nur ein kleinerer serieller Anteil hilft.

tour-reads-writes-serial-5 = Die Kohärenzklippe
tour-reads-writes-serial-5-text = Die Kohärenzklippe: Starke Koordination zwischen den Knoten (ein großes κ) legt das Maximum des USL auf etwa 7 Knoten, und dieser Cluster beginnt mit 20.
tour-reads-writes-serial-5-predict = Was geschieht mit dem Durchsatz, wenn wir Knoten entfernen?
tour-reads-writes-serial-5-answer = Er steigt. Jenseits des Maximums spart jeder entfernte Knoten mehr Koordinationskosten, als er an Kapazität kostet.

tour-reads-writes-serial-6 = Weniger Knoten, mehr Durchsatz
tour-reads-writes-serial-6-text = Fünf Knoten weniger, und der Cluster bedient mehr als mit 20: der rückläufige Bereich des Universal Scalability Law. Mehr Maschinen heißt nicht immer mehr Durchsatz.

## Zahlen und Einheiten

rate-million = { $x } Millionen
rate-k = { $x }k
per-second = { $rate }/s
per-hour = { $x } $/h
per-million = { $x } $
gigabytes = { $x } GB
terabytes = { $x } TB
cores = { $n } Kerne
machine = { $cores } Kerne, { $ram }
share = { $x } %
seconds = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
}
minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
}
layout-replicas = Lese-Replikate
layout-shards = Shards
cluster = { $layout ->
    [shards] { $nodes ->
        [one] { $nodes } Shard
       *[other] { $nodes } Shards
    }
   *[replicas] { $nodes ->
        [one] { $nodes } Knoten, noch ohne Replikate,
       *[other] { $nodes } Knoten: 1 Leader und Lese-Replikate
    }
} mit je { $cores } Kernen

## Einstellungen

setting-start-rate = Anfragen in Monat 0
setting-growth = Anfragewachstum pro Monat
setting-read-share = Lesevorgänge
setting-working-set = Working Set in Monat 0
setting-data-growth = Datenwachstum pro Monat
setting-serial = Serieller Anteil (Amdahl)
setting-sigma = Konkurrenz σ
setting-kappa = Kohärenz κ
setting-cross-shard = Shardübergreifende Anfragen
setting-failure-rate = Ausfälle pro Maschine und Monat
setting-node-rung = Knotengröße
setting-machine = Maschinengröße
setting-nodes = Knoten
setting-month = Monat

spoken-start-rate = { $rate } Anfragen pro Sekunde in Monat 0
spoken-growth = die Anfragen wachsen um { $x } % im Monat
spoken-data-growth = das Working Set wächst um { $x } % im Monat
spoken-failure-rate = jede Maschine fällt in { $x } % der Monate aus
spoken-read-share = { $reads } % Lesevorgänge, { $writes } % Schreibvorgänge
spoken-serial = { $x } % der Arbeit jeder Anfrage sind seriell
spoken-cross-shard = { $x } % der Anfragen betreffen zwei Shards
spoken-working-set = Working Set { $size } in Monat 0
spoken-sigma = Sigma = { $x }
spoken-kappa = Kappa = { $x }
spoken-nodes = { $n } Knoten
spoken-month = Monat { $month } von { $max }

ladder-notice = { $key }={ $asked }: Maschinen gibt es mit { $list } Kernen; verwendet wird { $key }={ $used }.
follow-ignores-levers = follow=1 bemisst beide Hebel nach der Nachfrage, daher werden machine und nodes ignoriert.

## Voreinstellungen

preset-blog = Leselastiges Blog
preset-ingest = Schreiblastige IoT-Erfassung
preset-serial = Ein serieller Engpass
preset-cliff = Die Kohärenzklippe

preset-note-blog = Leselastiges Blog: 98 % Lesevorgänge, 6 % Wachstum im Monat. Die größte Maschine ist { $up ->
        [none] auch nach Monat { $max } nicht
       *[other] in Monat { $up }
    } ausgereizt; Lese-Replikate halten { $out ->
        [none] über Monat { $max } hinaus
       *[other] bis Monat { $out }
    } durch und kosten unterwegs weniger pro Anfrage, denn die Lesevorgänge verteilen sich auf die Replikate, und nur die wenigen Schreibvorgänge werden auf alle kopiert. Drücken Sie Abspielen.
preset-note-ingest = Schreiblastige IoT-Erfassung: 90 % Schreibvorgänge, 8 % Wachstum im Monat. Lese-Replikate helfen nicht (jedes Replikat führt jeden Schreibvorgang aus); Shards teilen die Schreibvorgänge auf und halten länger durch als die größte Maschine ({ $up ->
        [none] über Monat { $max } hinaus
       *[other] bis Monat { $up }
    }), nämlich { $out ->
        [none] über Monat { $max } hinaus
       *[other] bis Monat { $out }
    }. Stellen Sie die Aufteilung auf Lese-Replikate um, um sie sofort scheitern zu sehen.
preset-note-serial = Ein serieller Engpass: 20 % der Arbeit jeder Anfrage sind seriell, und die Knoten konkurrieren ebenso stark (σ = 0,20). Die größte Maschine schafft höchstens { $up } Anfragen/s und der beste Cluster { $out }; die Nachfrage beträgt { $demand }. Keiner der Hebel hilft: Senken Sie den seriellen Anteil und σ, um das zu beheben.
preset-note-cliff = Die Kohärenzklippe: κ = 0,02, also liegt das Maximum bei N* = √((1 − σ)/κ) ≈ { $peak } Knoten. Der Cluster beginnt mit { $nodes } Knoten und bedient { $capacity } Anfragen/s; mit { $best } Knoten würde er { $best_capacity } bedienen. Entfernen Sie Knoten und sehen Sie zu, wie die Kapazität steigt.

## Erzählung

nothing-changed = Nichts hat sich geändert.
clamped = Erlaubt für { $setting }: { $lo } bis { $hi }; verwendet wird { $used }.
follow-on = Beide Hebel folgen jetzt der Nachfrage: Jeden Monat werden sie so bemessen, dass sie höchstens zu { $target } ausgelastet sind.
follow-off = Die Hebel bleiben jetzt, wo Sie sie hinstellen.
machine-stays = Die Maschine bleibt unverändert: { $machine }.
machine-moves = Die Maschine wechselt von { $from } Kernen auf { $to }: ein Neustart, also { $time } Totalausfall.
cluster-stays = Der Cluster bleibt bei { $nodes } Knoten.
nodes-copied = Der Cluster { $dir ->
        [grow] wächst
       *[shrink] schrumpft
    } ohne Ausfallzeit von { $from } auf { $to } Knoten; { $data } Daten werden auf { $added ->
        [one] das neue Replikat
       *[other] die neuen Replikate
    } kopiert.
nodes-moved = Der Cluster { $dir ->
        [grow] wächst
       *[shrink] schrumpft
    } ohne Ausfallzeit von { $from } auf { $to } Knoten; { $data } Daten wandern zwischen den Shards.
nodes-changed = Der Cluster { $dir ->
        [grow] wächst
       *[shrink] schrumpft
    } ohne Ausfallzeit von { $from } auf { $to } Knoten.
month-demand = Monat { $month }: { $rate } Anfragen/s, Working Set { $size }.
machine-failed = Die einzelne Maschine ist ausgefallen: Jede Anfrage scheitert, bis sie ersetzt ist (etwa { $time }).
leader-failed = Knoten { $node }, der Leader, ist ausgefallen: Schreibvorgänge warten etwa { $time }, während ein Replikat befördert wird; Lesevorgänge laufen weiter.
replica-failed = Knoten { $node }, ein Lese-Replikat, ist ausgefallen: Die anderen übernehmen seine Lesevorgänge, und keine Anfrage scheitert.
shard-failed = Knoten { $node } ist ausgefallen: Sein Shard, { $share } der Daten, ist nicht verfügbar, bis er ersetzt ist (etwa { $time }); die anderen Shards laufen weiter.
repaired-machine = Die Maschine ist wieder da.
repaired-nodes = { $n ->
        [one] { $n } ausgefallener Knoten ist
       *[other] { $n } ausgefallene Knoten sind
    } wieder da.
repaired-both = Die Maschine und { $n } Knoten sind wieder da.
up-ceiling-crossed = Monat { $month }: Die Nachfrage übersteigt jetzt die größte Maschine, die es gibt ({ $rate } Anfragen/s bei dieser Mischung). Vertikales Skalieren ist an seiner Obergrenze angekommen.
out-ceiling-crossed = Monat { $month }: Keine Clustergröße hält mehr mit; der beste, mit { $nodes } Knoten, bedient { $rate } Anfragen/s.
up-back-under = Die größte Maschine kann wieder mithalten.
out-back-under = Ein Cluster kann wieder mithalten.
back-to-start = Zurück zu Monat 0.
node-rung-set = Jeder Knoten hat jetzt { $machine }, { $price }.
setting-set = { $setting }: { $value }.
neither-lever = Keiner der Hebel kann diese Nachfrage bedienen.
ceilings = Die Nachfrage übersteigt die größte Maschine { $up ->
        [none] erst nach Monat { $max }
       *[other] in Monat { $up }
    } und den besten Cluster { $out ->
        [none] erst nach Monat { $max }
       *[other] in Monat { $out }
    }.
layout-now-replicas = Der Cluster arbeitet jetzt mit Lese-Replikaten: Jeder Knoten hält alle Daten und führt jeden Schreibvorgang aus; Lesevorgänge gehen an einen beliebigen Knoten.
layout-now-shards = Der Cluster arbeitet jetzt mit Shards: Jeder Knoten besitzt seinen Teil der Daten und übernimmt dessen Lese- und Schreibvorgänge; shardübergreifende Anfragen zahlen für ein Commit-Protokoll.
refusal-no-larger = Es gibt keine größere Maschine: 192 Kerne sind die Obergrenze des vertikalen Skalierens.
refusal-no-smaller = Das ist schon die kleinste Maschine.
refusal-no-more-nodes = Die Simulation endet bei 64 Knoten.
refusal-no-fewer-nodes = Ein Cluster braucht mindestens einen Knoten.
refusal-end = Die Zeitleiste endet bei Monat 60; setzen Sie zurück oder stellen Sie den Monat zurück, um weiterzumachen.
refusal-machine-down = Die Maschine ist bereits ausgefallen.
refusal-all-down = Jeder Knoten ist bereits ausgefallen.
refusal-nothing-to-repair = Jede Maschine läuft; es gibt nichts zu reparieren.
start = Monat { $month }: { $rate } Anfragen/s mit { $reads } Lesevorgängen, Working Set { $size }.
playing = Die Monate vergehen, einer alle 1,2 Sekunden bei Tempo 1: Die Arbeitslast wächst, Maschinen fallen mit der Ausfallrate aus, und die Hebel folgen der Nachfrage, wenn sie darauf eingestellt sind.
end = Die Zeitleiste endet bei Monat 60; setzen Sie zurück oder stellen Sie den Monat zurück, um erneut abzuspielen.
paused = Angehalten in Monat { $month }.

## Anzeigen und die Vergleichstabelle

headline = Monat { $month } von { $max }: { $rate } Anfragen/s ({ $reads } Lesevorgänge), Working Set { $size }
busy-load = { $state ->
        [down] ausgefallen
        [over] überlastet ({ $p })
       *[ok] zu { $p } ausgelastet
    }
serves-nothing = nichts: ausgefallen
serves = { $rate } Anfr./s, { $state ->
        [over] überlastet ({ $p })
       *[ok] zu { $p } ausgelastet
    }{ $lost ->
        [none] {""}
       *[some] ; { $lost } der Daten nicht erreichbar
    }
size-out = { $nodes } × { $cores } Kerne, { $layout }
reads-from-disk = { $p } der Lesevorgänge von der Platte
no-answers = keine Antworten
unbounded = unbegrenzt (die Warteschlange wächst)
cost = { $hour } · { $million }/Mio. Anfr.
cost-nothing = { $hour } · nichts bedient
all-down = alles ausgefallen, ~{ $time }
each-resize = und jede Größenänderung ~{ $time }
one-failure-domain = ein Knoten ist eine Fehlerdomäne
share-of-capacity = 1/{ $n } der Kapazität
leader-pauses-writes = der Ausfall des Leaders hält Schreibvorgänge ~{ $time } an
share-of-data-down = 1/{ $n } der Daten ausgefallen, ~{ $time }
no-replicas-per-shard = keine Replikate pro Shard
ops-low = gering
ops-low-note = eine Kiste zum Patchen und Sichern
ops-moderate = mittel
ops-moderate-note = Replikation überwachen, Failover üben
ops-high = hoch
ops-high-note = Routing, Rebalancing, Failover pro Knoten
ops-very-high = sehr hoch
ops-very-high-note = Aufgabe eines Teams: Resharding, Teilausfälle
tally-up = Eine Maschine: { $failures } { $failures ->
        [one] Ausfall
       *[other] Ausfälle
    }, { $resizes } { $resizes ->
        [one] Größenänderung
       *[other] Größenänderungen
    }: { $time ->
        [none] keine Ausfallzeit
       *[some] { $time } Totalausfall
    }.
tally-out = Cluster: { $failures } { $failures ->
        [one] Knotenausfall
       *[other] Knotenausfälle
    }: { $time ->
        [none] keine Ausfallzeit
       *[some] entspricht { $time } Totalausfall
    }.
summary = { $headline }. Eine Maschine: { $machine }, { $up_load }, mittlere Latenz { $up_latency }, { $up_price }. Cluster: { $cluster }, { $out_load }, mittlere Latenz { $out_latency }, { $out_price }.
canvas-up = Links vertikal skalieren: ein Balken pro Maschinengröße von { $min } bis { $max } Kernen, jeder so hoch wie die Anfragen pro Sekunde, die sie bei der Mischung dieses Monats bedient, und die Nachfrage ({ $demand }) als gestrichelte Linie; die genutzte Maschine hat { $machine } und ist { $load }.
canvas-machine-down = Sie ist ausgefallen.
canvas-out = Rechts horizontal skalieren: { $cluster } als Quadrate, davon { $failed } ausgefallen; der Cluster ist { $load }.
usl-peak = Maximum des USL N* = √((1 − σ)/κ) ≈ { $peak } Knoten; diese Mischung bedient am meisten mit { $best } Knoten.
usl-no-peak = κ = 0: kein Maximum des USL, die Kapazität steigt gegen 1/σ; diese Mischung bedient am meisten mit { $best } Knoten.

## Diagramme

axis-month = Monat
axis-krate = Tausend Anfragen/s
axis-krate-short = Tsd. Anfr./s
axis-price = US-Dollar pro Stunde (Beispielwerte)
axis-kload = Last, Tausend Anfragen/s
axis-ms = mittlere Latenz, ms
axis-ms-short = ms
axis-cost = $ pro Million Anfragen
axis-cost-short = $/Mio. Anfr.
line-demand = Nachfrage
line-demand-now = Nachfrage jetzt
line-up-ceiling = größte Maschine
line-out-ceiling = bester Cluster
mark-up-outgrown = Maschine zu klein: Monat { $month }
mark-out-outgrown = Cluster zu klein: Monat { $month }
line-up-curve = eine Maschine, 2 bis 192 Kerne
line-up-latency = genutzte Maschine
line-out-latency = genutzter Cluster
line-up-cost = kleinste Maschine, die mithält
line-out-cost = wenigste Knoten, die mithalten
peak-label = Cluster: Maximum bei { $nodes } Knoten
chart-time = Zeitverlauf
chart-throughput = Durchsatz
chart-latency = Latenz
chart-cost = Kosten
describe-time = Liniendiagramm von Tausend Anfragen pro Sekunde über den Monaten 0 bis { $max }: die Nachfrage, die von { $from } auf { $to } wächst, die Kapazität der größten Maschine (gestrichelt) und die des besten Clusters (gestrichelt).
describe-throughput = Liniendiagramm der Kapazität (Tausend Anfragen pro Sekunde) über dem Preis pro Stunde: Eine Maschine mit 2 bis 192 Kernen erreicht { $up } bei { $price }; Cluster erreichen ihr Maximum bei { $nodes } Knoten mit { $out }. Die Nachfrage, { $demand }, ist eine gestrichelte Linie.
describe-latency = Liniendiagramm der mittleren Latenz in Millisekunden über der Last: Jede Kurve beginnt bei der reinen Bedienzeit und steigt wie 1 / (1 − Auslastung) gegen ihre Kapazität, { $up } für die Maschine und { $out } für den Cluster. Die Nachfrage beträgt jetzt { $demand }.
describe-cost = Liniendiagramm von Dollar pro Million Anfragen über den Monaten, jeder Hebel so bemessen, dass er bei höchstens { $target } Auslastung mithält; eine Linie endet, wo keine Größe dieses Hebels mehr mithält.

## Die Seite

status-name = Monat und Nachfrage
table-name = Vertikal und horizontal skalieren im Vergleich
table-measure = Kennzahl
lever-up = Vertikal
lever-out = Horizontal
row-size = Größe
row-serves = Leistung
row-latency = Mittlere Latenz
row-cost = Kosten
row-failure = Ein Ausfall
row-ops = Betrieb
charts-name = Diagramme
controls-name = Regler
time-group = Zeit
next-month = Nächster Monat
reset = Zurücksetzen
follow = Der Nachfrage folgen
fit = Beide für diesen Monat bemessen
presets-name = Voreinstellungen
presets-label = Voreinstellungen:
layout = Aufteilung
failures-name = Ausfälle
fail-machine = Maschine ausfallen lassen
fail-node = Einen Knoten ausfallen lassen
repair = Reparieren
panel-workload = Arbeitslast
panel-failures = Ausfälle

## Das Bild

picture-title-up = Vertikal skalieren: eine Maschine
picture-title-out = Horizontal skalieren: { $nodes } Knoten
machine-priced = { $machine }, { $price }
cores-priced = { $cores } Kerne, { $price }
cores-each-layout = je { $cores } Kerne, { $layout }, { $price }
cores-each-priced = je { $cores } Kerne, { $price }
cores-each = je { $cores } Kerne
meter-down = ausgefallen
meter-overloaded = überlastet
meter-busy = zu { $p } ausgelastet
down-badge = AUS
leader-mark = L
shard-mark = S{ $n }
demand-mark = Nachfrage { $rate }/s
