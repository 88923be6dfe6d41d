# Die Texte dieser Simulation auf Deutsch (siehe en.ftl für die Namen der Nachrichten).

## Die Seite: Titel, Hilfe, Legende

title = Sharding-Strategien
about-1 = Das Bild zeigt links einen Router und rechts eine Zeile je Shard. Anfragen wandern als Punkte vom Router zu dem Shard, der den Nutzer hält. Jede Shard-Zeile hat einen grauen Balken für die gespeicherten Datensätze und einen blauen für die Last in Anfragen pro Sekunde, dazu ihr Verhältnis zur mittleren Last und eine HOT-Markierung, sobald sie über dem 1,5-Fachen des Mittels liegt. Über den Shards zeigt eine Achse den Shard-Schlüssel: die Anfangsbuchstaben der Nachnamen beim bereichsbasierten Sharding, die Regionen beim geografischen Sharding.
about-2 = Eine Auswahl legt die Strategie fest: bereichsbasiert, Hash-basiert, verzeichnisbasiert oder geografisch. Abspielen, Schritt, Eine Anfrage, Punktabfrage und Bereichsscan senden Anfragen; Shard hinzufügen und Shard entfernen ändern die Zahl der Shards und zeigen, wie viele Datensätze umziehen. Die Reiter enthalten die Arbeitslast (Anfragerate, Datensätze und ein Menü, wonach die Anfragen fragen: gleichverteilte Abfragen, ein prominenter Nutzer, Zipf-verteilte Nutzer oder neue Registrierungen mit steigenden IDs), die Bereichsgrenzen oder die Verzeichnistabelle, die verschobenen Datensätze und eine Bewertung, die die Strategien vergleicht. Jede Shard-Zeile ist zugleich eine Schaltfläche, die den Shard beschreibt.
help-1 = Eine Tabelle mit Nutzern ist auf mehrere Shards verteilt. Der Router schickt jede Anfrage (einen Punkt) zu dem Shard, der diesen Nutzer hält; jede Shard-Zeile zeigt, wie viele Datensätze er hält (grauer Balken) und seine Last in Anfragen pro Sekunde (blauer Balken), mit dem Verhältnis zum Mittel. Ein Shard über dem 1,5-Fachen der mittleren Last ist als HOT markiert.
help-2 = Wählen Sie eine Strategie, drücken Sie Abspielen und probieren Sie dann Punktabfrage, Bereichsscan und Shard hinzufügen. Beim bereichsbasierten Sharding ziehen Sie eine ◆ auf der Buchstabenachse (oder nutzen den Reiter Trennpunkte); beim verzeichnisbasierten Sharding ändern Sie die Lookup-Tabelle oder lassen sie ausfallen; beim geografischen Sharding ändern Sie, woher der Verkehr kommt.
help-3 = Das Menü Arbeitslast ändert, wonach die Anfragen fragen. Beansprucht ein prominenter Nutzer 30 % der Anfragen, wird sein Shard selbst beim Hash-basierten Sharding HOT: Hashing verteilt Schlüssel, nicht die Anfragen nach einem einzelnen Schlüssel. Bei neuen Registrierungen (stetig steigende Nutzer-IDs) schickt bereichsbasiertes Sharding nach der ID jede Einfügung an den letzten Shard, während das Hashen der ID sie verteilt.

## Geführte Touren

tour-hot-shard = Der heiße Shard

tour-hot-shard-1 = Bereichsbasiertes Sharding nach Nachnamen
tour-hot-shard-1-text = Acht Shards, jeder besitzt einen gleich großen Teil des Alphabets: Ein Nutzer kommt auf den Shard, dessen Bereich den Anfangsbuchstaben seines Nachnamens enthält. Die Nachnamen der Nutzer sind aber nicht gleichmäßig über das Alphabet verteilt.
tour-hot-shard-1-predict = Es kommen Anfragen für zufällige Nutzer. Bekommen die acht Shards gleich viel Verkehr?
tour-hot-shard-1-answer = Nein. Nachnamen häufen sich bei einigen Anfangsbuchstaben; der Shard mit den häufigen Buchstaben hält mehr Nutzer und bekommt mehr ihrer Anfragen.

tour-hot-shard-2 = Der Verkehr findet die heißen Shards
tour-hot-shard-2-text = Zehn Sekunden Verkehr: Die Shards mit den häufigen Anfangsbuchstaben sind als HOT markiert, sie bedienen mehr als das 1,5-Fache der mittleren Last, während die Shards der seltenen Buchstaben fast untätig sind. Gleich große Schlüsselbereiche sind keine gleich großen Datenmengen: Bereichsbasiertes Sharding auf einem schief verteilten Schlüssel erzeugt Hotspots.

tour-hot-shard-3 = Stattdessen den Schlüssel hashen
tour-hot-shard-3-text = Hash-basiertes Sharding platziert jeden Nutzer nach einem Hash des Schlüssels, sodass häufige Anfangsbuchstaben über alle Shards verteilt werden und kein Shard heraussticht. Das beseitigt Hotspots aus schief verteilten Schlüsselbereichen; ein einzelner sehr beliebter Schlüssel (ein Promi) landet aber weiterhin auf einem Shard.

tour-hot-shard-4 = Bereiche von Hand ausgleichen
tour-hot-shard-4-text = Verzeichnisbasiertes Sharding führt eine Lookup-Tabelle vom Buchstaben zum Shard: Ein Operator kann einen stark genutzten Buchstaben auf einen ruhigen Shard verlegen, einen Buchstaben nach dem anderen, ohne die übrigen anzufassen.

tour-hot-shard-5 = Das Verzeichnis fällt aus
tour-hot-shard-5-text = Doch jede Anfrage muss zuerst das Verzeichnis befragen. Ist das Verzeichnis ausgefallen, lässt sich keine Anfrage mehr routen: Es muss selbst repliziert werden (in der Praxis liegt es in einem Koordinationsdienst wie ZooKeeper oder etcd).

tour-hot-shard-6 = Ein prominenter Nutzer
tour-hot-shard-6-text = Zurück zum Hash-basierten Sharding, doch jetzt beansprucht ein prominenter Nutzer 30 % aller Anfragen (Menü Arbeitslast). Hashing verteilt Schlüssel, nicht die Anfragen nach einem Schlüssel: Jede Anfrage für diesen Nutzer landet auf demselben Shard, der 30 % plus ein Achtel des Rests bedient, etwa das Dreifache des Mittels, und als HOT markiert ist. Keine Strategie kann einen einzelnen Schlüssel verteilen; Abhilfe schaffen ein Cache davor oder das Aufteilen dieses Schlüssels (ein zufälliges Suffix, beim Lesen aus allen Teilen zusammengeführt).

tour-scans-and-moves = Bereichsscans und ein zusätzlicher Shard

tour-scans-and-moves-1 = Ein Scan über den Shard-Schlüssel
tour-scans-and-moves-1-text = Bereichsbasiertes Sharding, Scan der Nachnamen C–F: Der Scan geht an den Shard (oder die zwei), dessen Bereich C–F abdeckt, und sonst nirgendwohin.
tour-scans-and-moves-1-predict = Derselbe Scan beim Hash-basierten Sharding: Wie viele Shards muss er fragen?
tour-scans-and-moves-1-answer = Alle: Hashing verstreut Nachnamen mit C, D, E und F über sämtliche Shards, ein Schlüsselbereich hat also kein Zuhause.

tour-scans-and-moves-2 = Derselbe Scan, gehasht
tour-scans-and-moves-2-text = Beim Hash-basierten Sharding musste derselbe Scan jeden Shard fragen und die Antworten zusammenführen (Scatter-Gather): günstige Punktabfragen, teure Bereichsscans.

tour-scans-and-moves-3 = Ein Scan über eine andere Spalte
tour-scans-and-moves-3-text = Zurück zum bereichsbasierten Sharding, jetzt mit einem Scan über Nutzer, die sich 2020 registriert haben. Das Registrierungsdatum ist nicht der Shard-Schlüssel, also muss selbst bereichsbasiertes Sharding jeden Shard fragen: Ein Bereichsscan ist nur auf dem Shard-Schlüssel günstig.
tour-scans-and-moves-3-predict = Ein fünfter Shard kommt hinzu. Welchen Anteil der Datensätze verschiebt Hash mod N?
tour-scans-and-moves-3-answer = Etwa 4/5 (80 %): Ein Datensatz bleibt nur, wenn Hash mod 4 und Hash mod 5 denselben Shard wählen.

tour-scans-and-moves-4 = Einen fünften Shard hinzufügen
tour-scans-and-moves-4-text = Ein fünfter Shard ist hinzugekommen. Der Reiter Verschiebungen zählt, was jede Strategie bei dieser Änderung verschoben hat: Hash mod N hat die meisten Datensätze verschoben; eine Bereichsteilung nur die Datensätze des abgegebenen Bereichs.

tour-scans-and-moves-5 = Was jede Strategie verschoben hat
tour-scans-and-moves-5-text = Deshalb meiden reale Systeme einfaches Hash mod N: Cassandra und DynamoDB verwenden konsistentes Hashing oder feste Partitionen, die als Ganzes umziehen, und bereichsbasiert geshardete Systeme (HBase, Bigtable, CockroachDB) teilen und verschieben jeweils einen Bereich.

## Namen: Strategien (mit den Spalten der Tabelle im Kapitel), Felder, Shard-Listen, Scans

strategy-label = { $strategy ->
    [range] Bereichsbasiert
    [hash] Hash-basiert
    [directory] Verzeichnisbasiert
   *[geographic] Geografisch
}
-strategy-lower = { $strategy ->
    [range] bereichsbasiert
    [hash] Hash-basiert
    [directory] verzeichnisbasiert
   *[geographic] geografisch
}
strategy-short = { $strategy ->
    [range] Bereich
    [hash] Hash
    [directory] Verzeichnis
   *[geographic] Geografisch
}
shard-key-field = { $field ->
    [last-name] Nachname
    [user-id] Nutzer-ID
    [first-letter] dem Anfangsbuchstaben des Nachnamens
   *[region] Region
}
how-it-works = { $strategy ->
    [range] Datensätze nach Schlüsselbereich zugeordnet (A–M → Shard 1)
    [hash] Hashfunktion auf dem Schlüssel mod N Shards
    [directory] Eine Lookup-Tabelle ordnet jedem Schlüssel seinen Shard zu
   *[geographic] Datensätze nach Region oder Land zugeordnet
}
how-it-works-inline = { $strategy ->
    [range] Datensätze nach Schlüsselbereich zugeordnet (A–M → Shard 1)
    [hash] Hashfunktion auf dem Schlüssel mod N Shards
    [directory] eine Lookup-Tabelle ordnet jedem Schlüssel seinen Shard zu
   *[geographic] Datensätze nach Region oder Land zugeordnet
}
strengths = { $strategy ->
    [range] Effiziente Bereichsscans
    [hash] Keine Hotspots durch schiefe Schlüsselbereiche; ein einzelner heißer Schlüssel bleibt heiß
    [directory] Flexibel; jeder Schlüssel lässt sich umverteilen
   *[geographic] Datenlokalität, Compliance
}
weaknesses = { $strategy ->
    [range] Hotspots bei schief verteilten Daten
    [hash] Bereichsscans müssen alle Shards abfragen
    [directory] Die Lookup-Tabelle ist Engpass und Single Point of Failure
   *[geographic] Ungleiche Last, wenn Regionen verschieden groß sind
}
shard-list = { $count ->
    [0] kein Shard
    [one] Shard { $list }
   *[other] Shards { $list }
}
scan-names = Nachnamen { $range }
scan-signups = Registrierungen { $from } bis { $to }

## Canvas: Schlüsselleiste, Router, Shard-Zeilen, Markierungen und Abzeichen

strip-long = { $strategy ->
    [range] Shard-Schlüssel: Nachname · jeder Shard hält einen Bereich von Anfangsbuchstaben · ◆ ziehen verschiebt eine Grenze
    [hash] Shard-Schlüssel: Nutzer-ID · Shard = hash(id) mod { $n } · jeder Buchstabe ist über alle Shards verteilt
    [directory-down] Lookup-Tabelle (Verzeichnis): AUSGEFALLEN · keine Anfrage lässt sich routen
    [directory] Lookup-Tabelle (Verzeichnis): Anfangsbuchstabe des Nachnamens → Shard
   *[geographic] Shard-Schlüssel: Region · EU-Datensätze außerhalb von EU-Shards: { $residency }
}
strip-medium = { $strategy ->
    [range] Bereiche von Nachnamen · ◆ ziehen verschiebt eine Grenze
    [hash] Shard = hash(Nutzer-ID) mod { $n } · Namen überall verteilt
    [directory-down] Verzeichnis AUSGEFALLEN: nichts wird geroutet
    [directory] Lookup-Tabelle: Anfangsbuchstabe → Shard
   *[geographic] Nach Region · EU-Daten außerhalb der EU: { $residency }
}
strip-short = { $strategy ->
    [range] Namensbereiche · ◆ ziehen
    [hash] hash(id) mod { $n }
    [directory-down] Verzeichnis AUS
    [directory] Lookup-Tabelle
   *[geographic] EU außerhalb EU: { $residency }
}
canvas-any-letter = jeder Buchstabe → jeder Shard
canvas-directory-down = VERZEICHNIS AUS
canvas-router = Router
canvas-hot = HOT
canvas-mean = Mittel
canvas-bar-records = Datensätze
canvas-bar-load = Last
canvas-lookup = ABFRAGE
canvas-scan = SCAN
canvas-router-rule = { $rule ->
    [id-range] nach ID-Bereich
    [name] nach Name
    [hash] Hash mod N
    [down] Lookups scheitern
    [lookup] Lookup
   *[region] nach Region
}
canvas-query-failed-long = Abfrage gescheitert
canvas-query-failed-short = gescheitert
canvas-reach-long = { $touched } von { $shards } Shards
canvas-reach-short = { $touched } von { $shards }
canvas-region-users = { $share } % der Nutzer
canvas-region-traffic = { $share } % des Verkehrs
canvas-region-shards = { $count ->
    [one] Shard { $list }
   *[other] Shards { $list }
}
shard-name = Shard { $shard }
canvas-records-short = { $records } DS
canvas-ratio-short = { $ratio }×
canvas-hot-marker = { $factor }× = heiß
canvas-moved-out = { $lost } abgegeben
canvas-moved-in = { $gained } erhalten
canvas-moved-both = { $gained } zu, { $lost } ab

## Anzeigen: Shard-Zeilen, Lastübersicht, letzte Abfrage, Einstiegstext

ratio-mean = { $ratio }× Mittel
load-rate = { $load } Anf./s
key-hash = mod { $n } = { $shard }
key-no-letters = keine Buchstaben
summary = { $strategy ->
    [range] Bereichsbasiertes
    [hash] Hash-basiertes
    [directory] Verzeichnisbasiertes
   *[geographic] Geografisches
} Sharding über { $shards } Shards, { $records } { $records ->
    [one] Datensatz
   *[other] Datensätze
}, { $rate } { $rate ->
    [one] Anfrage
   *[other] Anfragen
} pro Sekunde, { $state ->
    [playing] läuft
   *[paused] pausiert
}.
canvas-label = Ein Router links schickt jede Anfrage an einen von { $shards } Shards, verteilt nach { $strategy ->
    [range] bereichsbasiertem
    [hash] Hash-basiertem
    [directory] verzeichnisbasiertem
   *[geographic] geografischem
} Sharding. Jede Shard-Zeile zeigt die gespeicherten Datensätze und die Last; die Leiste oben zeigt{ $strategy ->
    [geographic] {" "}die drei Regionen
    [directory] {" "}die Lookup-Tabelle vom Anfangsbuchstaben zum Shard
   *[other] , wie viele Nachnamen mit jedem Buchstaben beginnen
}.
shard-button = { $line }. Zum Anhören drücken.
shard-info = { $line }. Er hält { $share } aller Datensätze.
reset-done = Zurückgesetzt.
preset-like-users = Wie die Nutzer (50/30/20)
preset-eu-peak = EU-Spitze (20/70/10)
query-stale = Letzte Abfrage: keine seit der Änderung der Aufteilung
tab-layout = { $strategy ->
    [range] Trennpunkte
    [hash] Hashing
    [directory] Verzeichnis
   *[geographic] Regionen
}
moves-row-name = { $strategy ->
    [range] Bereichsbasiert
    [hash] Hash (mod N)
    [directory] Verzeichnisbasiert
   *[geographic] Geografisch
}
hash-layout = Shard = xxh32(Nutzer-ID) mod { $shards }. Der Hash ignoriert den Namen, daher ist jeder Buchstabe und jeder Bereich von Nachnamen über alle { $shards } Shards verteilt: Die Last ist gleichmäßig, aber ein Bereichsscan muss jeden Shard fragen.
shard-line = Shard { $shard } ({ $key }): { $records } { $records ->
    [one] Datensatz
   *[other] Datensätze
}, { $load }, { $ratio }{ $hot ->
    [yes] , HOT (über dem { $factor }-Fachen des Mittels)
   *[no] {""}
}{ $inserted }
summary-no-requests = Keine Anfragen in den letzten 5 s: Drücken Sie Abspielen oder Eine Anfrage.
summary-mean = Mittlere Last { $load } je Shard
summary-busiest = am stärksten belastet: Shard { $shard } mit { $ratio }
summary-no-busiest = kein Shard hat eine Anfrage bedient
summary-unmeasured = zu wenige Anfragen, um Hotspots zu benennen
summary-no-hot = Hotspots (über { $factor }×): keine
summary-hot = HOT (über { $factor }×): { $list }
residency = EU-Datensätze außerhalb von EU-Shards: { $violations }
scan-menu-c-f = Nachnamen C–F
scan-short-c-f = C–F
scan-menu-a-m = Nachnamen A–M
scan-short-a-m = A–M
scan-menu-s = Nachnamen S
scan-short-s = S
scan-menu-2020 = 2020 registriert
scan-short-2020 = Registrierungen 2020
scan-menu-eu-2020 = Nutzer in EU-West, 2020 registriert
scan-short-eu-2020 = EU-Registrierungen 2020
query-none = Letzte Abfrage: noch keine
query-lookup-failed = Punktabfrage gescheitert: Das Verzeichnis ist ausgefallen (0 Shards erreicht)
query-lookup = Punktabfrage von { $name } #{ $id }: 1 von { $shards } Shards berührt (Shard { $shard })
query-lookup-missing = Punktabfrage fand keinen Nutzer
query-scan-failed = Bereichsscan { $scan } gescheitert: Das Verzeichnis ist ausgefallen
query-scan = Bereichsscan { $scan }: { $touched } von { $shards } Shards berührt ({ $touched ->
    [one] Shard
   *[other] Shards
} { $list }), { $records } { $records ->
    [one] Datensatz
   *[other] Datensätze
}
start-head = { $strategy ->
    [range] Bereichsbasiertes
    [hash] Hash-basiertes
    [directory] Verzeichnisbasiertes
   *[geographic] Geografisches
} Sharding nach { $field }: { $shards } Shards, { $users } Nutzer.
start-skew-range = Die Nachnamen sind schief verteilt: Shard { $busiest } ({ $busiest_key }) hält { $busiest_share } der Nutzer und bedient das { $ratio }-Fache der mittleren Last; Shard { $least } ({ $least_key }) hält { $least_share }.
start-skew = Der am stärksten belastete Shard, Shard { $busiest } ({ $key }), bedient das { $ratio }-Fache der mittleren Last; der vollste, Shard { $fullest }, hält { $share } der Nutzer.
start-press-play = Drücken Sie Abspielen.
moves-added = Das Hinzufügen von Shard { $shard } verschob (von { $records } Datensätzen):
moves-removed = Das Entfernen von Shard { $shard } verschob (von { $records } Datensätzen):
moves-predicted = Ein jetzt hinzugefügter Shard { $shard } würde verschieben (von { $records }):
moves-at-most = { $shards } Shards sind das Maximum; entfernen Sie einen, um erneut zu vergleichen.

## Die Bewertung: die Spalten des Kapitels und die gemessenen Zahlen

evidence-moved = { $moved } ({ $share })
evidence-numbers = Gemessen: Last max. { $load }×, Datensätze max. { $records }× Mittel · Scan { $range } { $name_scan }/{ $shards } Shards · Scan { $year } { $date_scan }/{ $shards } · Hinzufügen verschiebt { $moved } · EU außerhalb EU { $residency }
evidence-how = { $how }; { $layout }.
evidence-claim = { $claim }: { $evidence }.
layout-here-id = hier nach Nutzer-ID: { $ranges }
layout-here-ranges = hier: { $ranges }
layout-here-hash = hier: xxh32(Nutzer-ID) mod { $shards }
layout-here-directory = hier: eine Tabelle mit 26 Einträgen, Anfangsbuchstabe → Shard
layout-here-region = { $count } in { $region }
layout-here-regions = hier: Shards { $list }
sw-no-add = es lässt sich kein Shard hinzufügen
sw-add-moves = ein zusätzlicher Shard verschiebt { $share } der Datensätze
sw-scan = ein Scan über { $range } berührt { $touched } von { $shards } Shards
sw-load = der am stärksten belastete Shard trägt das { $ratio }-Fache der mittleren Last
sw-hot-key = ein Schlüssel mit { $percent } % der Anfragen: { $ratio }×
sw-two = { $first }; { $second }
sw-range-weak = { $load }, der vollste das { $fullest }-Fache der mittleren Datensatzzahl; bei steigendem Schlüssel treffen { $last } von { $sample } Einfügungen den letzten Shard
sw-directory-strong = nach Datensatzzahl ausgeglichen (vollster Shard { $fullest }× Mittel); { $moved }
sw-directory-down = das Verzeichnis ist ausgefallen: { $failed } von { $sample } Anfragen scheitern
sw-directory-weak = jede Anfrage fragt zuerst die Tabelle: Fällt sie aus, scheitern alle (probieren Sie Verzeichnis-Ausfall)
sw-geographic-weak = { $load }; die Regionen halten { $shares } der Nutzer

## Erzählung: was jedes Ereignis bewirkt hat

strategy-kept = Bereits { $strategy ->
    [range] bereichsbasiertes
    [hash] Hash-basiertes
    [directory] verzeichnisbasiertes
   *[geographic] geografisches
} Sharding aktiv.
rate-clamped = Die Rate kann { $min } bis { $max } Anfragen pro Sekunde betragen, also gilt { $rate }.
rate-set = { $rate } { $rate ->
    [one] Anfrage
   *[other] Anfragen
} pro Sekunde.
workload-kept = Diese Arbeitslast ist bereits gewählt: { $workload }.
split-kept = Trennpunkt { $split } liegt bereits bei { $letter }.
split-moved = Bereiche { $ranges }; { $moves }.
split-clamped = Trennpunkt { $split } muss zwischen { $lowest } und { $highest } bleiben, damit jeder Bereich einen Buchstaben behält; er kommt auf { $letter }.
even-splits = Gleich große Buchstabenbereiche { $ranges }; { $moves }.
directory-rebalanced = Das Verzeichnis ist nach Datensatzzahl neu ausgeglichen; { $moves }.
reset-narration = Zurückgesetzt: { $records } Nutzer auf { $shards } Shards, { $strategy ->
    [range] bereichsbasiertes
    [hash] Hash-basiertes
    [directory] verzeichnisbasiertes
   *[geographic] geografisches
} Sharding, Uhr auf null.
reject-no-traffic = Der Verkehr muss aus mindestens einer Region kommen; die Gewichte bleiben unverändert.
reject-no-split-point = Es gibt keinen Trennpunkt { $split }; bei { $shards } Shards gibt es { $splits }.
reject-directory-down = Das Verzeichnis ist ausgefallen, seine Tabelle lässt sich daher nicht ändern; stellen Sie es zuerst wieder her.
reject-no-shard = Es gibt keinen Shard { $shard }; es gibt { $shards }.
reject-most-shards = Es gibt bereits { $shards } Shards, mehr erlaubt diese Simulation nicht.
reject-fewest-shards = Es gibt nur { $shards } Shards, weniger erlaubt diese Simulation nicht.
strategy-set-id = { $strategy ->
    [range] Bereichsbasiertes
    [hash] Hash-basiertes
    [directory] Verzeichnisbasiertes
   *[geographic] Geografisches
} Sharding nach Nutzer-ID: Bei neuen Registrierungen ist die Tabelle nach der steigenden ID in Bereiche aufgeteilt. Bereiche: { $ranges }; jede neue ID landet im letzten.
strategy-set = { $strategy ->
    [range] Bereichsbasiertes
    [hash] Hash-basiertes
    [directory] Verzeichnisbasiertes
   *[geographic] Geografisches
} Sharding nach { $field }: { $how }.
strategy-set-ranges = Bereiche: { $ranges }.
strategy-set-down = Das Verzeichnis ist ausgefallen, daher scheitert jede Anfrage.
strategy-set-shared = Bei nur 2 Shards behält EU-West einen eigenen Shard, US-East und APAC teilen sich den anderen.
strategy-set-regions = Shards: { $list }.
shards-clamped = Es kann { $min } bis { $max } Shards geben, also sind es { $shards }.
shards-set = { $shards } Shards: Jede Strategie beginnt mit ihrer Standardaufteilung (gleich große Buchstabenbereiche { $ranges }, ein nach Datensatzzahl ausgeglichenes Verzeichnis, Shards nach Nutzerzahl über die Regionen verteilt).
reassigned = Das Verzeichnis schickt { $range } jetzt an Shard { $shard }; { $moves }.
keyless = { $list } { $count ->
    [one] besitzt
   *[other] besitzen
} jetzt keine Schlüssel mehr.
records-clamped = Ein Datenbestand umfasst { $min } bis { $max } Nutzer, also sind es { $records }.
records-set = Ein neuer Datenbestand mit { $records } Nutzern: { $share } der Nachnamen beginnen mit A–M, und jede Aufteilung beginnt wieder mit ihrem Standard.
traffic-set = Der Verkehr kommt jetzt aus { $list }.
directory-failed = Das Verzeichnis ist ausgefallen: Jede Anfrage, die über eine Verzeichnisabfrage geroutet wird, scheitert jetzt, weil die Lookup-Tabelle ein Single Point of Failure ist{ $routing ->
    [yes] {""}
   *[no] {" "}(nur das verzeichnisbasierte Routing hängt davon ab)
}.
directory-back = Das Verzeichnis ist wieder da: Lookups routen Anfragen wieder{ $routing ->
    [yes] {""}
   *[no] {" "}(nur das verzeichnisbasierte Routing hängt davon ab)
}.
letters-phrase = { $count ->
    [one] den Buchstaben { $list }
   *[other] die Buchstaben { $list }
}
resize-id-ranges = nach Nutzer-ID: Die ID-Bereiche wurden für die neue Shard-Zahl neu gleichmäßig geschnitten
resize-range-split = der Bereich von Shard { $shard } wurde geteilt und { $range } zog auf den neuen Shard
resize-range-merged = { $range } ging in Shard { $shard } auf
resize-directory-takes = der neue Shard übernimmt { $letters }
resize-directory-none = der entfernte Shard besaß keine Buchstaben
resize-directory-found = für { $letters } fanden sich neue Shards
resize-region-serves = der neue Shard bedient { $region }
resize-region-lost = { $region } verlor einen Shard
resized = Shard { $shard } { $verb ->
    [added] hinzugefügt
   *[removed] entfernt
}; verschobene Datensätze von { $total }: Hash mod N { $hash }, Bereich { $range } ({ $range_note }), Verzeichnis { $directory } ({ $directory_note }), geografisch { $geographic } ({ $geographic_note }).
query-no-user = Es gibt keinen Nutzer #{ $id }; die IDs reichen von 1 bis { $users }.
lookup-fails = Punktabfrage von { $name } #{ $id } scheitert: Das Verzeichnis ist ausgefallen, daher findet der Router den Shard nicht.
lookup-sent = Punktabfrage von { $name } #{ $id } ({ $region }): Der Router schickt sie nur an { $shards }.
scan-in-region = { $scan } in { $region }
scan-fails = Bereichsscan über { $scan } scheitert: Das Verzeichnis ist ausgefallen, daher weiß der Router nicht, welche Shards die Daten halten.
scan-visits = Bereichsscan über { $scan } besucht bei { $strategy ->
    [range] bereichsbasiertem
    [hash] Hash-basiertem
    [directory] verzeichnisbasiertem
   *[geographic] geografischem
} Sharding { $all ->
    [yes] alle { $shards } Shards
   *[no] { $touched } von { $shards } Shards ({ $list })
} und liefert { $records } { $records ->
    [one] Datensatz
   *[other] Datensätze
}.
moves-none = es werden keine Datensätze verschoben
moves-flow = { $records } von Shard { $from } zu Shard { $to }
moves-some = { $moved } { $moved ->
    [one] Datensatz wird
   *[other] Datensätze werden
} verschoben ({ $flows })
request-insert = Anfrage #{ $request }: Ein neuer Nutzer, { $name } #{ $id } ({ $region }), registriert sich und wird auf Shard { $shard } eingefügt.
request-insert-fails = Anfrage #{ $request }: Das Einfügen des neuen Nutzers { $name } #{ $id } scheitert: Das Verzeichnis ist ausgefallen.
request-lookup = Anfrage #{ $request }: { $name } #{ $id } ({ $region }) geht an Shard { $shard }.
request-lookup-fails = Anfrage #{ $request }: { $name } #{ $id } scheitert: Das Verzeichnis ist ausgefallen, daher findet der Router den Shard nicht.
playing-inserts = Läuft: { $rate } { $rate ->
    [one] Anfrage
   *[other] Anfragen
} pro Sekunde, jede fügt einen neuen Nutzer ein, als Punkt vom Router zu dem Shard gezeichnet, der ihn speichert.
playing-lookups = Läuft: { $rate } { $rate ->
    [one] Anfrage
   *[other] Anfragen
} pro Sekunde, jede fragt einen Nutzer ab, als Punkt vom Router zu dem Shard gezeichnet, der diesen Nutzer hält.
paused = Pausiert.

## Die laufende Arbeitslast: Menü, Statuszeile, Erzählung, Canvas-Leiste

workload-label = { $workload ->
    [uniform] Gleichverteilte Abfragen
    [celebrity] Ein prominenter Nutzer (30 % der Anfragen)
    [zipf] Zipf-verteilte Nutzer (s = 1)
   *[inserts] Neue Registrierungen (steigende IDs)
}
standing-waiting = wartet auf genügend Anfragen
standing-hot = HOT mit { $ratio }
standing-not-hot = bei { $ratio }, nicht heiß (das wäre er über { $factor }×)
status-place = Shard { $shard }, { $standing }
status-unreachable = unerreichbar: Das Verzeichnis ist ausgefallen
status-celebrity = Arbeitslast: { $user } beansprucht { $percent } % der Anfragen; sein Shard ist { $place }.
status-zipf = Arbeitslast: Zipf-verteilte Abfragen: Der beliebteste Nutzer, { $user }, beansprucht etwa { $share } der Anfragen; sein Shard ist { $place }.
inserts-head = Arbeitslast: neue Registrierungen mit steigenden IDs ab #{ $first }
inserts-none = Arbeitslast: neue Registrierungen mit steigenden IDs ab #{ $first }: noch keine Einfügungen.
inserts-top = Arbeitslast: neue Registrierungen mit steigenden IDs ab #{ $first }: Shard { $shard } übernahm { $most } von { $total } { $total ->
    [one] Einfügung
   *[other] Einfügungen
} ({ $share }){ $strategy ->
    [range] {" "}(bereichsbasiertes Sharding nach Nutzer-ID: Jede neue ID liegt hinter dem letzten Trennpunkt)
    [hash] {" "}(das Hashen der ID verteilt sie)
   *[other] {""}
}.
inserted-suffix = , { $count } { $count ->
    [one] neue Registrierung
   *[other] neue Registrierungen
}
id-range-empty = keine
id-range-label = IDs { $range }
shard-id-range = Shard { $shard } { $range }
id-splits-now = Bei neuen Registrierungen ist die Tabelle nach der Nutzer-ID in Bereiche aufgeteilt, nicht nach dem Nachnamen: { $ranges }. Die Bereiche sind gleichmäßig über die { $users } gespeicherten Nutzer geschnitten, und jede neue ID liegt hinter dem letzten Trennpunkt.
id-splits-later = Die Buchstaben-Trennpunkte kehren zurück, wenn Sie eine andere Arbeitslast wählen; die ID-Trennpunkte zu verschieben, würde auch nicht helfen: Die nächste ID ist immer die höchste.
new-ids-long = neue IDs kommen hier an →
new-ids-medium = neue IDs →
new-ids-short = neu →
next-id = nächste #{ $id }
id-axis-label = Ein Router links schickt jede Anfrage an einen von { $shards } Shards, verteilt nach bereichsbasiertem Sharding. Jede Shard-Zeile zeigt die gespeicherten Datensätze und die Last; die Leiste oben zeigt die Achse der Nutzer-IDs, in Bereiche geteilt ({ $ranges }), wobei neue IDs am rechten Ende ankommen, hinter dem letzten Trennpunkt.
user-first = Nutzer #1
workload-set-uniform = Arbeitslast: gleichverteilte Abfragen, die Nutzer so gezogen, wie die Daten verteilt sind. Bei { $strategy ->
    [range] bereichsbasiertem
    [hash] Hash-basiertem
    [directory] verzeichnisbasiertem
   *[geographic] geografischem
} Sharding folgt die Last der Schiefe des Schlüssels.
workload-set-celebrity = Arbeitslast: Ein prominenter Nutzer, { $name }, beansprucht { $percent } % der Anfragen. Jede Anfrage nach einem Schlüssel geht bei jeder Strategie an einen Shard, Hashing eingeschlossen: { $watch ->
    [none] Seine Anfragen scheitern, solange das Verzeichnis ausgefallen ist.
   *[other] Achten Sie darauf, wie Shard { $watch } HOT wird.
}
workload-set-zipf = Arbeitslast: Zipf-verteilte Abfragen (s = 1): Nutzer #k wird etwa 1/k so oft abgefragt wie Nutzer #1, also beansprucht { $name } etwa { $share } der Anfragen; { $watch ->
    [none] seine Anfragen scheitern, solange das Verzeichnis ausgefallen ist
   *[other] beobachten Sie Shard { $watch }
}. Hashing verteilt die beliebten Nutzer über die Shards, kann aber einen einzelnen Nutzer nicht aufteilen.
workload-set-inserts = Arbeitslast: neue Registrierungen, jede fügt einen Nutzer mit der nächsten ID (ab #{ $next }) und dem heutigen Datum ein; sie werden je Shard als neue Registrierungen gezählt, nicht zu den Abfragen addiert.
workload-set-inserts-range = Bereichsbasiertes Sharding auf einem steigenden Schlüssel (hier der Nutzer-ID) schickt jede Einfügung hinter den letzten Trennpunkt: Sehen Sie zu, wie Shard { $shard } alle übernimmt.
workload-set-inserts-other = Bereichsbasiertes Sharding auf diesem steigenden Schlüssel würde jede an den letzten Shard schicken; wählen Sie Bereichsbasiert, um es zu sehen.
strip-workload-long = { $workload ->
    [celebrity] Arbeitslast: ein prominenter Nutzer beansprucht { $percent } % der Anfragen · ein Schlüssel, ein Shard
    [zipf] Arbeitslast: Zipf-verteilte Nutzer · wenige beliebte Nutzer stellen die meisten Anfragen
    [inserts-range] Neue Registrierungen: bereichsbasiertes Sharding nach steigender Nutzer-ID · jede neue ID landet im letzten Bereich
   *[inserts] Arbeitslast: neue Registrierungen mit steigenden IDs
}
strip-workload-medium = { $workload ->
    [celebrity] Prominenter Nutzer: { $percent } % der Anfragen
    [zipf] Zipf-verteilte Nutzer
    [inserts-range] Einfügungen nach steigender ID → letzter Bereich
   *[inserts] Neue Registrierungen
}
strip-workload-short = { $workload ->
    [celebrity] Promi { $percent } %
    [zipf] Zipf
    [inserts-range] Einfügungen → letzter
   *[inserts] Einfügungen
}

## Die Seite: Anzeigen, Bedienelemente, Reiter

aria-shard-load = Shard-Last
residency-check = Datenresidenz-Prüfung: { $check }
failed-requests = Gescheiterte Anfragen: { $rate }
aria-last-query = Letzte Abfrage
strategy = Strategie
aria-actions = Aktionen
one-request = Eine Anfrage
point-lookup = Punktabfrage
range-scan = Bereichsscan
add-shard = Shard hinzufügen
remove-shard = Shard entfernen
tab-workload = Arbeitslast
tab-moves = Verschiebungen
tab-scorecard = Bewertung
aria-more-controls = Weitere Bedienelemente
request-rate = Anfragerate
rate-display = { $rate }/s
records = Datensätze
records-value = { $records } Nutzerdatensätze
range-scan-of = Bereichsscan über
reset = Zurücksetzen
workload = Arbeitslast
hash-changing-n = Eine Änderung von N ändert den Rest fast jedes Datensatzes: Drücken Sie Shard hinzufügen und sehen Sie sich den Reiter Verschiebungen an.
hash-consistent-link = Konsistentes Hashing
hash-consistent-moves = verschiebt nur etwa 1/N davon.
split-label = Trennpunkt { $split }
split-aria = Trennpunkt { $split }: Anfangsbuchstabe des Bereichs von Shard { $shard }
splits-hint = Jeder Trennpunkt ist der Anfangsbuchstabe des Bereichs des nächsten Shards. Ziehen Sie eine ◆ auf der Buchstabenachse oder wählen Sie hier:
even-ranges = Gleiche Bereiche
directory-cell-aria = Nachnamen mit { $letter }: Shard
rebalance-down = Das Verzeichnis ist ausgefallen; stellen Sie es zuerst wieder her.
aria-lookup-table = Lookup-Tabelle: Anfangsbuchstabe des Nachnamens → Shard
fail-directory = Verzeichnis-Ausfall
rebalance = Nach Datensatzzahl ausgleichen
traffic-label = Verkehr aus { $region }
traffic-display = { $share } %
traffic-value = { $region } sendet { $share } % der Anfragen
aria-records-moved = Verschobene Datensätze
records-moved = Verschobene Datensätze
share = Anteil
moves-fix = Die Lösung für mod N, die nur etwa 1/N verschiebt:
moves-fix-link = Konsistenter Hash-Ring
aria-scorecard-of = Bewertung von
score-how = So funktioniert es:
score-strength = ✓ Stärke:
score-weakness = ✗ Schwäche:
traffic-fallback = Der Verkehr muss aus mindestens einer Region kommen; verwendet wird us={ $us }&eu={ $eu }&apac={ $apac }.
