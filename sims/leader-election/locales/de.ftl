# Die Wörter dieser Simulation auf Deutsch (siehe docs/translating.md). Ids und Variablen wie
# in en.ftl; was hier fehlt, zeigt die Seite auf Englisch.

## Die Seite: Titel, Hilfe, Legende

title = Leader-Wahl
about-1 = Zwei Kopien desselben Clusters, die eine mit der Wahl von Raft, die andere mit dem Bully-Algorithmus, mit demselben Seed: Jeder Absturz, jede Partition und jede langsame Verbindung, die Sie auslösen, trifft beide. Jeder Knoten zeigt seine Id, seinen Term (Raft), seine Rolle und seinen Wahl-Timer als Bogen, der schrumpft, während er abläuft; eine Krone markiert jeden Knoten, der sich für den Leader hält.
about-2 = Die Szenario-Schaltflächen lassen den Leader abstürzen, teilen das Netz 3–2 oder 2–2–1, lassen das Netz des höchsten Knotens zwischen langsam und schnell flattern oder lösen alle Timer zugleich aus. Die Einstellungen ändern die Zahl der Knoten, den Bereich des Wahl-Timeouts sowie Pre-Vote und CheckQuorum von Raft.
help-1 = Klicken Sie auf einen Knoten (oder springen Sie mit Tab zu ihm und drücken Sie Enter), um ihn in beiden Läufen abstürzen zu lassen oder neu zu starten. Klicken Sie auf einen Nachrichtenpunkt, um die Nachricht zu verwerfen, oder drücken Sie „Nächste Nachricht verwerfen“.
help-2 = Wählen Sie einen Knoten in der Knotenliste, um ihn ohne Maus abstürzen zu lassen, zu verlangsamen oder seine Verbindung zu einem anderen Knoten zu kappen. Die Modellzeit läuft zehnmal langsamer als die echte Zeit.
help-3 = Setzen Sie das minimale Timeout gleich dem maximalen, um die Stimmen bei Raft immer wieder geteilt zu sehen; schalten Sie Pre-Vote aus und isolieren Sie einen Follower eine Weile, dann heilen Sie das Netz, um zu sehen, wie er den Leader absetzt.
legend-1 = le-ask | R | RequestVote / E Wahl
legend-2 = le-yes | V | Stimme / O OK
legend-3 = le-beat | H | Heartbeat / L Alive
legend-4 = le-coord | C | Koordinator
legend-5 = le-timer | ◔ | Bogen: Rest des Timers

## Geführte Touren

tour-raft-and-bully = Raft und Bully nebeneinander

tour-raft-and-bully-1 = Fünf Knoten, noch kein Leader
tour-raft-and-bully-1-text = Dieselben fünf Knoten führen Raft (links) und Bully (rechts) mit demselben Seed aus. Bei Raft wird der Wahl-Timer jedes Followers (der Bogen) zufällig zwischen 150 und 300 ms gezogen; bei Bully fordert ein Knoten, der keinen Leader hört, jeden Knoten mit höherer Id heraus.
tour-raft-and-bully-1-predict = Welcher Knoten wird bei Bully Leader, welcher bei Raft?
tour-raft-and-bully-1-answer = Bei Bully immer die höchste lebende Id, Knoten 4 (die Knoten sind ab 0 nummeriert). Bei Raft der erste Knoten, dessen Timer abläuft und der eine Mehrheit der Stimmen gewinnt; hier ist es Knoten 4 nur, weil sein Timer zuerst ablief.

tour-raft-and-bully-2 = Je ein Leader
tour-raft-and-bully-2-text = Der erste Kandidat von Raft hat in Term 1 um Stimmen gebeten, eine Mehrheit (3 von 5) erhalten und sendet nun Heartbeats, die die Timer der anderen zurücksetzen. Bei Bully hat sich Knoten 4 zum Koordinator erklärt. Vergleichen Sie die Nachrichtenzähler.

tour-raft-and-bully-3 = Der Leader stürzt ab
tour-raft-and-bully-3-text = Beide Leader sind abgestürzt. Bei Raft hat der erste Follower, dessen Timer ablief, Term 2 begonnen und eine Mehrheit gewonnen; bei Bully hat jeder Knoten, der es bemerkte, eine Wahl begonnen und alle höheren Ids herausgefordert, bis Knoten 3, der höchste noch lebende, gewann: mehr Wahlen und im Allgemeinen O(n²) Nachrichten.

tour-raft-and-bully-4 = Eine Partition, 3–2
tour-raft-and-bully-4-text = Das Netz hat drei Knoten von zwei getrennt. Bully hat auf jeder Seite einen Leader gewählt, weil es nur fragt „Lebt jemand Höheres?“: zwei Leader, Split-Brain. Der Leader von Raft ist auf der Mehrheitsseite und bleibt Leader; die beiden abgeschnittenen Knoten können keine Mehrheit gewinnen.
tour-raft-and-bully-4-predict = Die beiden abgeschnittenen Raft-Knoten laufen immer wieder in ihr Timeout. Was geschieht mit ihrem Term, und was, wenn das Netz heilt?
tour-raft-and-bully-4-answer = Ihr Term steigt mit jeder gescheiterten Wahl; beim Heilen zwingt dieser höhere Term den funktionierenden Leader zum Rücktritt, und eine neue Wahl folgt.

tour-raft-and-bully-5 = Die Partition heilt
tour-raft-and-bully-5-text = Bully hat wieder einen Leader. Die abgeschnittenen Raft-Knoten sind mit einem höheren Term zurückgekehrt, der Leader ist zurückgetreten, und in diesem höheren Term wurde ein neuer Leader gewählt: eine unnötige Störung, die Pre-Vote verhindert.

tour-raft-and-bully-6 = Pre-Vote und CheckQuorum
tour-raft-and-bully-6-text = Mit Pre-Vote fragt ein Knoten erst, ob er gewinnen könnte, bevor er seinen Term erhöht, sodass abgeschnittene Knoten ihn nicht mehr in die Höhe treiben; mit CheckQuorum tritt ein Leader zurück, der keine Mehrheit hört. Dieselbe 3–2-Partition lässt bei Raft einen Leader in Term 2 übrig, während Bully weiter zwei hat.

tour-split-votes = Geteilte Stimmen, langsame Knoten und gleichzeitige Timeouts

tour-split-votes-1 = Gleiche Timeouts
tour-split-votes-1-text = Minimales und maximales Timeout sind beide 300 ms, also laufen alle Follower im selben Moment ab, stimmen für sich selbst und fragen die anderen, die schon abgestimmt haben: Niemand erhält eine Mehrheit.
tour-split-votes-1-predict = Wird die nächste Wahlrunde besser laufen?
tour-split-votes-1-answer = Nein. Die Timer starten gleich neu, also teilen sich die Stimmen wieder, in jeder Runde, für immer.

tour-split-votes-2 = Immer wieder geteilt
tour-split-votes-2-text = Viele Wahlen, noch immer kein Leader: Die Sicherheit von Raft bricht nie (keine zwei Leader in einem Term), aber es kommt nicht voran. Deshalb zieht Raft jedes Timeout zufällig aus einem Bereich, der breiter ist als ein Nachrichten-Roundtrip.

tour-split-votes-3 = Gleichzeitige Timeouts, zufällig
tour-split-votes-3-text = Mit dem Standardbereich wird jeder Follower gezwungen, auf einmal abzulaufen. Die erste Runde teilt die Stimmen, aber die neuen Timer sind wieder zufällig, also beginnt ein Knoten die nächste Runde zuerst und gewinnt.

tour-split-votes-4 = Ein langsamer höchster Knoten
tour-split-votes-4-text = Knoten 4, der höchste, ist langsam, nicht tot: Seine Nachrichten kommen spät an. Die Knoten von Bully halten ihn immer wieder für weg, beginnen Wahlen und werden wieder verdrängt, wenn seine Antwort endlich eintrifft: Die Wahlen häufen sich. Die Follower von Raft wählen einen Leader, der rechtzeitig antwortet.

tour-split-votes-5 = Eine flatternde Verbindung
tour-split-votes-5-text = Das Netz des höchsten Knotens flattert jetzt zwischen langsam und schnell. Raft einigt sich auf einen Leader, der die Timer seiner Follower zurücksetzen kann; die Zähler zeigen, wie viel jeder Algorithmus für Wahlen aufwendet, während das Netz sich danebenbenimmt.

## Namen

raft = Raft
bully = Bully

## Erzählung

start = { $nodes } Knoten, noch kein Leader; Wahl-Timeouts { $range }{ $extras ->
        [prevote] , Raft mit Pre-Vote
        [checkquorum] , Raft mit CheckQuorum
        [both] , Raft mit Pre-Vote und CheckQuorum
       *[none] {""}
    }. Beobachten Sie, wie die Timer ablaufen.
timeout-fixed = { $ms } ms (ohne Zufall)
timeout-range = { $min }–{ $max } ms
raft-elected = Raft: Knoten { $node } hat eine Mehrheit gewonnen und führt Term { $term }.
bully-elected = Bully: Knoten { $node } hat von keinem höheren Knoten ein OK gehört und ist Koordinator.
crashed = { $algo }: Knoten { $node } ist abgestürzt.
restarted = { $algo }: Knoten { $node } wurde neu gestartet.
dropped = { $algo }: Eine Nachricht von Knoten { $from } an Knoten { $to } wurde verworfen.
raft-stands = Raft: Knoten { $node } ist ins Timeout gelaufen und kandidiert für Term { $term }.
bully-starts = Bully: Knoten { $node } beginnt eine Wahl.
pre-vote-started = Raft: Knoten { $node } bittet um Pre-Votes.
saw-newer-term = { $algo }: Leader { $node } hat Term { $term } gesehen und ist zurückgetreten.
lost-quorum = { $algo }: Leader { $node } hat nichts von einer Mehrheit gehört (CheckQuorum) und ist zurückgetreten.
gave-way = { $algo }: Koordinator { $node } hat vom höheren Knoten { $higher } gehört und ihm Platz gemacht.
bully-split-brain = Bully hat jetzt { $leaders } Leader zugleich: Split-Brain.
healed = Jede Verbindung funktioniert wieder.
split-three-two = Das Netz ist 3–2 geteilt: Die Seiten erreichen einander nicht.
split-two-two-one = Das Netz ist 2–2–1 geteilt: Keine Seite hat eine Mehrheit.
link-changed = Die Verbindung zwischen Knoten { $a } und Knoten { $b } hat sich geändert.
speed-changed = Das Netz von Knoten { $node } hat seine Geschwindigkeit geändert.
flapping = Das Netz des höchsten Knotens flattert jede Sekunde (Modellzeit) zwischen langsam und schnell.
all-timeout = Die Timer aller Follower sind im selben Moment abgelaufen.
no-leader-to-crash = Es gibt keinen Leader, der abstürzen könnte.
nothing-changed = Nichts hat sich geändert.
nothing-to-drop = Keine Nachricht ist unterwegs.
paused = Angehalten.
playing = Läuft.
stepped = Einen Schritt weiter: { $now } ms Modellzeit.
reset-done = Zurückgesetzt.

## Die Zeichenfläche

panel-title = { $algo }: { $leaders ->
        [0] kein Leader
        [one] Leader { $leader }
       *[other] { $leaders } Leader!
    }
tag-term = T{ $term }
tag-slow = langsam
role-down = aus
role-leader = Leader
role-coordinator = Koord.
role-candidate = Kand.
role-pre-candidate = Pre
role-waiting = wartet

## Status, Zusammenfassung und Beschriftungen

counters = { $algo }: { $elect ->
        [leaderless] seit { $ms } ms kein Leader
        [elected] Wahl dauerte { $ms } ms
       *[start] Leader von Anfang an
    }; { $messages } { $messages ->
        [one] Nachricht
       *[other] Nachrichten
    } gesendet; jetzt { $leaders } Leader zugleich (höchstens { $most }); { $elections } { $elections ->
        [one] Wahl
       *[other] Wahlen
    } begonnen.
raft-no-leader = Raft hat keinen Leader.
raft-leader = Der Leader von Raft ist Knoten { $node } (Term { $term }).
raft-leaders = Raft hat { $count } Leader in verschiedenen Terms: { $list }; nur der von Term { $newest } kann committen.
raft-leader-item = Knoten { $node } (Term { $term })
bully-no-coordinator = Bully hat keinen Koordinator.
bully-coordinator = Der Koordinator von Bully ist Knoten { $node }.
bully-coordinators = Bully hat { $count } Koordinatoren zugleich (Knoten { $list }): Split-Brain, nichts hält es auf.
clock = Modellzeit { $now } ms (läuft { $slowdown }-mal langsamer als die echte Zeit).
canvas-label = Zwei Felder mit je { $nodes } Knoten, Raft und Bully.
node-button = { $algo }-Knoten { $node } ({ $state }). Drücken, um ihn { $up ->
        [yes] abstürzen zu lassen
       *[no] neu zu starten
    }.
node-down = ausgefallen
node-follower = Follower

## Das Bedienfeld

next-event = Nächstes Ereignis
status-name = Stand der Wahl
scenarios-name = Szenarien
crash-leader = Leader abstürzen lassen
partition-three-two = Partition 3–2
partition-two-two-one = Partition 2–2–1
heal = Netz heilen
simultaneous-timeouts = Gleichzeitige Timeouts
drop-next = Nächste Nachricht verwerfen
stop-flapping = Flattern beenden
flapping-link = Flatternde langsame Verbindung
node-and-link = Knoten und Verbindung
node-label = Knoten
link-to = Verbindung zu
node-option = Knoten { $node }
pick-two = Wählen Sie zwei verschiedene Knoten.
crash-node = Knoten abstürzen lassen
restart-node = Knoten neu starten
make-fast = Knoten schnell machen
make-slow = Knoten langsam machen
mend-link = Verbindung flicken
cut-link = Verbindung kappen
nodes-label = Knoten
nodes-value = { $nodes } Knoten
timeout-min = Timeout min.
timeout-max = Timeout max.
pre-vote = Pre-Vote (Raft)
check-quorum = CheckQuorum (Raft)
