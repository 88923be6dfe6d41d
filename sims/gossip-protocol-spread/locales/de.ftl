# Die Wörter dieser Simulation auf Deutsch (siehe docs/translating.md). Ids und Variablen wie
# in en.ftl.

## Die Seite: Titel, Hilfe

title = Ausbreitung per Gossip-Protokoll
about-1 = Zwei Ansichten. Gossip-Ausbreitung: ein Raster von Knoten, von denen einer (Knoten 4) abgestürzt ist. Jeder Knoten zeigt, ob er vom Absturz weiß: ein Fragezeichen für ahnungslos, ein Ausrufezeichen für in dieser Runde gerade informiert, ein Häkchen für verbreitet die Nachricht. Ein Diagramm darunter zeigt den Anteil informierter Knoten pro Runde neben der erwarteten Kurve.
about-2 = „Gossip starten“ beginnt die Ausbreitung, „Nächste Runde“ und „Abspielen“ treiben sie voran. Regler stellen den Fanout (Peers pro Runde), den Nachrichtenverlust und die Zahl der Knoten ein; eine Auswahl legt Push oder Push-Pull fest; jeder Knoten ist eine Schaltfläche, die ihn ausfallen lässt oder wiederbelebt; „200 Durchläufe starten“ misst die mittlere Zahl der Runden bis zur vollständigen Ausbreitung. Die Ansicht „Phi-Accrual-Detektor“ zeigt phi eines Heartbeats und einen festen Timeout über die Zeit, mit Reglern für den Phi-Schwellenwert, den Heartbeat-Jitter und den festen Timeout sowie einer Schaltfläche, die die Heartbeats anhält.
help-1 = Knoten 4 ist abgestürzt. Ohne zentrale Überwachung verbreitet sich die Nachricht per Gossip: In jeder Runde erzählt jeder informierte Knoten sie einigen zufälligen Peers (dem Fanout). Graue ?-Knoten wissen es noch nicht, orangefarbene !-Knoten haben es in dieser Runde erfahren, grüne ✓-Knoten verbreiten es. Große Cluster werden als kleine Quadrate gezeichnet: hohl (ahnungslos), orangefarbener Punkt (gerade informiert), grün gefüllt (verbreitet).
help-2 = Drücken Sie „Gossip starten“, dann „Nächste Runde“ (oder „Abspielen“). Ändern Sie den Fanout, den Nachrichtenverlust, die Zahl der Knoten und Push oder Push-Pull. Klicken Sie auf einen Knoten (oder wechseln Sie mit Tab zu ihm und drücken Sie die Eingabetaste), um ihn ausfallen zu lassen oder wiederzubeleben. „Zurücksetzen“ behält den Lauf als blasse Linie im Diagramm; „200 Durchläufe starten“ misst die mittlere Zahl der Runden bis zur vollständigen Ausbreitung.
help-3 = Die Ansicht „Phi-Accrual-Detektor“ zeigt, wie ein Knoten entscheidet, dass ein Peer ausgefallen ist: phi steigt mit der Stille seit dem letzten Heartbeat, gemessen am eigenen Jitter der Heartbeats.

## Geführte Touren

tour-epidemic = Nachrichten breiten sich wie eine Epidemie aus

tour-epidemic-1 = Ein Knoten bemerkt es
tour-epidemic-1-text = Zweiunddreißig Knoten; Knoten 4 ist abgestürzt, und ein Knoten hat es bemerkt. In jeder Runde erzählt jeder Knoten, der es weiß, es einem zufällig gewählten Peer (Fanout 1, Push). Es gibt keinen Koordinator: Die Nachricht wandert nur von Knoten zu Knoten.
tour-epidemic-1-predict = Nach etwa wie vielen Runden wissen es alle 31 lebenden Knoten?
tour-epidemic-1-answer = Im Mittel nach etwa log₂ 31 + ln 31 ≈ 8–9 Runden mit Fanout 1: Anfangs verdoppelt sich die Zahl ungefähr, dann folgt ein langsameres Ende (Pittel 1987).

tour-epidemic-2 = Zwei Runden
tour-epidemic-2-text = Nach zwei Runden wissen es eine Handvoll Knoten: Jeder informierte Knoten hat pro Runde einem Peer davon erzählt, also kann sich die Zahl pro Runde höchstens verdoppeln.

tour-epidemic-3 = Vier Runden: schnelles Wachstum
tour-epidemic-3-text = Das Diagramm zeigt den Anteil informierter Knoten pro Runde neben der erwarteten Kurve: Das frühe Wachstum ist exponentiell, pro Runde mit einem Faktor von bis zu 1 + Fanout.

tour-epidemic-4 = Das langsame Ende
tour-epidemic-4-text = Jetzt wissen es alle, aber die letzten brauchten länger als die ersten: Spät in der Ausbreitung wissen die meisten Peers, die ein informierter Knoten wählt, es schon, also sind viele Nachrichten vergeudet. Wegen dieses langsamen Endes braucht Push-Gossip etwa log₂ N + ln N Runden, nicht log₂ N.
tour-epidemic-4-predict = Was würde die Ausbreitung beschleunigen: mehr Peers pro Runde, oder Peers nicht nur informieren, sondern auch nach Neuigkeiten fragen?
tour-epidemic-4-answer = Beides hilft. Die nächsten beiden Schritte zeigen je eines davon.

tour-epidemic-5 = Fanout 3
tour-epidemic-5-text = Fanout 3: Jeder informierte Knoten erzählt es drei Peers pro Runde. Die Ausbreitung ist nach weit weniger Runden abgeschlossen, bei etwa dreimal so vielen Nachrichten pro Runde.

tour-epidemic-6 = Push-Pull
tour-epidemic-6-text = Push-Pull mit Fanout 1: Jeder Knoten fragt seinen Peer auch nach Neuigkeiten, sodass die nicht informierten Knoten die Nachricht zu sich holen. Die Endphase schrumpft auf etwa ln ln N Runden (Karp et al. 2000).

tour-epidemic-7 = Zweihundert Läufe
tour-epidemic-7-text = „200 Durchläufe starten“ wiederholt die Ausbreitung mit neuen Zufallsentscheidungen und meldet die mittlere Zahl der Runden bis zur vollständigen Ausbreitung: Ein Lauf ist nur eine Stichprobe eines Zufallsprozesses. Cassandra tauscht pro Sekunde mit einem lebenden Peer Gossip aus und lässt den eigenen Ausfalldetektor jedes Knotens entscheiden, wer ausgefallen ist; ein Gerücht „Knoten ist ausgefallen“ zu verbreiten, ist die Arbeitsweise von SWIM und memberlist (erst Verdacht, dann Bestätigung).

tour-phi-accrual = Wie phi entscheidet, dass ein Knoten tot ist

tour-phi-accrual-1 = Heartbeats mit etwas Jitter
tour-phi-accrual-1-text = Ein Knoten beobachtet die Heartbeats eines anderen, einen pro Sekunde mit etwas Jitter. Der Phi-Accrual-Detektor lernt die Verteilung der Abstände; phi ist −log₁₀ der Wahrscheinlichkeit, dass ein so später Heartbeat doch noch eintrifft. Solange die Heartbeats pünktlich kommen, bleibt phi nahe null.

tour-phi-accrual-2 = Die Heartbeats bleiben aus
tour-phi-accrual-2-text = Die Heartbeats sind ausgeblieben: Der Knoten ist abgestürzt. Phi steigt mit jeder Millisekunde Stille, umso schneller, je regelmäßiger die Heartbeats waren.
tour-phi-accrual-2-predict = Wer erklärt den Knoten zuerst für tot: phi mit Schwellenwert 8 oder der feste Timeout von 3 s?
tour-phi-accrual-2-answer = Phi. Bei nur 100 ms Jitter ist ein Abstand, der einige hundert ms über dem normalen liegt, schon sehr unwahrscheinlich, also überschreitet phi die 8 lange vor 3 s.

tour-phi-accrual-3 = Phi erklärt ihn zuerst für tot
tour-phi-accrual-3-text = Phi hat seinen Schwellenwert überschritten, bevor der feste Timeout ablief: In einem gleichmäßigen Netz erkennt es den Ausfall früher. Der Schwellenwert ist ein gewähltes Verdachtsniveau (phi 8 bedeutet unter der gelernten Verteilung eine Irrtumswahrscheinlichkeit von 10⁻⁸), keine Wahrscheinlichkeit dafür, dass der Knoten ausgefallen ist.

tour-phi-accrual-4 = Ein Netz mit viel Jitter
tour-phi-accrual-4-text = Eine Minute in einem Netz mit viel Jitter (600 ms) und einem festen Timeout von 1,5 s: Der feste Timeout hat einen lebenden Knoten verdächtigt, als ein Heartbeat bloß verspätet war; phi, das gelernt hat, dass die Abstände schwanken, nicht.
tour-phi-accrual-4-predict = Welchen Preis zahlt phi hier dafür, dass es verspätete Heartbeats nicht verdächtigt?
tour-phi-accrual-4-answer = Zeit: In einem Netz mit viel Jitter braucht es eine längere Stille, bevor es einen wirklich abgestürzten Knoten für tot erklärt.

tour-phi-accrual-5 = Ein echter Absturz in einem Netz mit viel Jitter
tour-phi-accrual-5-text = Jetzt stürzt der Knoten in dem Netz mit viel Jitter wirklich ab: Phi erklärt ihn trotzdem für tot, später als im gleichmäßigen Netz. Erkennung ist ein an das Netz angepasster Schwellenwert für Stille; Gossip verbreitet nur die Heartbeat-Versionen, aus denen sie berechnet wird.

## Gemeinsame Wörter: Knotennamen, Anzahlen, Einheiten

node-name = Knoten { $node }
node-list = { $count ->
    [0] kein Knoten
   *[other] Knoten { $list }
}
node-count = { $count } Knoten
counter = Runde { $round } — Knoten informiert: { $informed } / { $live }
mode-push = Push
mode-push-pull = Push-Pull
list-separator = {"; "}

## Die Gossip-Ansicht: Erzählung

swim-note = Die Nachricht „Knoten 4 ist ausgefallen“ als Gerücht zu verbreiten, ist die Arbeitsweise von SWIM und memberlist (erst Verdacht, dann Bestätigung); Cassandra verbreitet per Gossip stattdessen Heartbeat-Versionen, und der eigene Phi-Detektor jedes Knotens erklärt Knoten 4 für tot.
started = Der Heartbeat von Knoten { $node } an Knoten 4 blieb unbeantwortet, also markiert Knoten { $node } Knoten 4 als ausgefallen und weiß es als Erster. { $counter }.
fanout-range = Der Fanout muss zwischen { $min } und { $max } liegen.
fanout-set = Fanout { $fanout }: Jeder Knoten, der Gossip betreibt, kontaktiert ab der nächsten Runde { $fanout ->
    [one] einen zufälligen Peer
   *[other] { $fanout } zufällige Peers
} pro Runde.
loss-range = Der Nachrichtenverlust muss zwischen { $min } und { $max } % liegen.
loss-set = Nachrichtenverlust { $loss } %: Jede Nachricht geht mit Wahrscheinlichkeit { $p } verloren.
mode-set = { $mode ->
    [push] Push-Gossip: Nur informierte Knoten senden und informieren die Peers, die sie wählen.
   *[push-pull] Push-Pull-Gossip: Jeder lebende Knoten kontaktiert Peers, und beide Seiten tauschen aus, was sie wissen, so wie Cassandras Gossiper.
}
nodes-range = Die Zahl der Knoten muss zwischen { $min } und { $max } liegen.
nodes-set = Ein neuer Cluster aus { $nodes } Knoten: Knoten 4 ist ausgefallen, und die { $live } lebenden Knoten wissen es noch nicht.
gossip-reset = Zurückgesetzt: Lauf { $run } mit { $nodes } Knoten; Knoten 4 ist ausgefallen, und noch niemand weiß es.
round = Runde { $round }: { $senders ->
    [one] { $senders } { $mode ->
        [push-pull] lebender
       *[push] informierter
    } Knoten sendete
   *[other] { $senders } { $mode ->
        [push-pull] lebende
       *[push] informierte
    } Knoten sendeten
} { $sent } { $sent ->
    [one] Nachricht
   *[other] Nachrichten
}{ $lost ->
    [0] {""}
   *[other] {" "}({ $lost } verloren)
}{ $to_subject ->
    [0] {""}
    [one] , davon { $to_subject } an Knoten 4 von einem Knoten, der noch nicht wusste, dass dieser ausgefallen ist
   *[other] , davon { $to_subject } an Knoten 4 von Knoten, die noch nicht wussten, dass dieser ausgefallen ist
}; { $count ->
    [0] niemand Neues hat die Nachricht erfahren
    [one] { $learned } hat erfahren, dass Knoten 4 ausgefallen ist
   *[other] { $learned } haben erfahren, dass Knoten 4 ausgefallen ist
}. { $counter }.
round-news-lost = Kein lebender Knoten weiß es; drücken Sie „Gossip starten“, damit ein lebender Nachbar von Knoten 4 den Ausfall erneut erkennt.
round-complete = Jetzt weiß es jeder lebende Knoten, nach { $round } { $round ->
    [one] Runde
   *[other] Runden
}.
node-up = Knoten { $node } ist wieder da und weiß nicht, dass Knoten 4 ausgefallen ist; der Gossip wird ihn erreichen. { $counter }.
node-down = Knoten { $node } fällt aus: Er betreibt keinen Gossip mehr und vergisst, was er wusste. { $counter }.
news-lost = Kein lebender Knoten weiß es mehr; drücken Sie „Gossip starten“, damit ein lebender Nachbar von Knoten 4 den Ausfall erneut erkennt.
all-down = Alle Knoten sind ausgefallen.
already-running = Der Gossip läuft bereits; drücken Sie „Nächste Runde“.
nobody-to-notice = Alle Knoten sind ausgefallen: Niemand ist mehr da, der bemerken könnte, dass Knoten 4 ausgefallen ist.
not-started = Drücken Sie zuerst „Gossip starten“: Noch weiß kein Knoten, dass Knoten 4 ausgefallen ist.
round-limit = Dieser Lauf hat { $max } Runden erreicht; drücken Sie „Zurücksetzen“, um einen neuen zu beginnen.
subject-stays-down = Knoten 4 bleibt ausgefallen: Er ist der ausgefallene Knoten, von dem die Nachricht handelt. Ein neu gestarteter Cassandra-Knoten würde eine neue Heartbeat-Generation ankündigen, und das wäre eine andere Nachricht; drücken Sie „Zurücksetzen“, um neu zu beginnen.
no-such-node = Es gibt keinen Knoten { $node }; dieser Cluster hat { $nodes } Knoten.
gossip-intro = { $nodes } Knoten; Knoten 4 ist AUSGEFALLEN, und die { $live } lebenden Knoten wissen es noch nicht. Drücken Sie „Gossip starten“: Knoten 3, dessen Heartbeat an Knoten 4 unbeantwortet bleibt, wird es als Erster wissen.
gossip-shown = Gossip-Ausbreitung. { $counter }.
gossip-paused = Angehalten. { $counter }.
auto-play-paused = Automatisches Abspielen angehalten.
runs-kept = Frühere Läufe bleiben als blasse Linien im Diagramm.
revived = { $count ->
    [one] Knoten { $node } ist wieder da und weiß nicht, dass Knoten 4 ausgefallen ist; der Gossip wird ihn erreichen.
   *[other] { $count } Knoten sind wieder da und wissen nicht, dass Knoten 4 ausgefallen ist; der Gossip wird sie erreichen.
} { $counter }.
play-all-down = Alle Knoten sind ausgefallen; beleben Sie einen Knoten wieder oder drücken Sie „Zurücksetzen“.
play-round-limit = Dieser Lauf hat { $max } Runden erreicht; drücken Sie „Zurücksetzen“.
play-news-lost = Kein lebender Knoten weiß es mehr; drücken Sie „Gossip starten“.
start-all-down = Alle Knoten sind ausgefallen: Niemand kann den Ausfall bemerken.
start-running = Der Gossip hat begonnen; drücken Sie „Nächste Runde“ oder „Abspielen“.
trials-summary = { $trials } Durchläufe mit { $settings } und { $live } lebenden Knoten: { $result ->
    [full] vollständige Ausbreitung nach durchschnittlich { $mean } Runden (mindestens { $min }, höchstens { $max })
   *[none] kein Durchlauf hat alle lebenden Knoten erreicht
}{ $unfinished ->
    [0] {""}
    [one] ; { $unfinished } wurde nicht fertig
   *[other] ; { $unfinished } wurden nicht fertig
}{ $model ->
    [yes] ; das Epidemiemodell sagt { $expected } voraus
   *[no] {""}
}.

## Die Gossip-Ansicht: Anzeigen und Textalternativen

gossip-summary = Ansicht Gossip-Ausbreitung: { $nodes } Knoten, Fanout { $fanout }, { $loss } % Nachrichtenverlust, { $mode }. { $counter }.
grid-label = { $nodes } Knoten in einem lockeren Raster. Knoten 4 ist ausgefallen. { $informed } von { $live } lebenden Knoten { $informed ->
    [one] weiß
   *[other] wissen
} es: { $fresh } gerade informiert, { $spreading } { $spreading ->
    [one] verbreitet
   *[other] verbreiten
} es; { $unaware } { $unaware ->
    [one] weiß
   *[other] wissen
} es noch nicht; { $failed } { $failed ->
    [one] weiterer Knoten ist
   *[other] weitere Knoten sind
} ausgefallen.
node-button-subject = Knoten { $node }: ausgefallen, der ausgefallene Knoten, von dem die Nachricht handelt. Drücken, um zu erfahren, warum er ausgefallen bleibt.
node-button-failed = Knoten { $node }: ausgefallen. Drücken, um ihn wiederzubeleben.
node-button-unaware = Knoten { $node }: weiß es noch nicht. Drücken, um ihn ausfallen zu lassen.
node-button-fresh = Knoten { $node }: gerade informiert. Drücken, um ihn ausfallen zu lassen.
node-button-spreading = Knoten { $node }: weiß es und verbreitet die Nachricht. Drücken, um ihn ausfallen zu lassen.
node-button-unknown = Knoten { $node }: unbekannt. Drücken, um ihn ausfallen zu lassen.
status-complete = Jeder lebende Knoten weiß es (nach { $rounds } { $rounds ->
    [one] Runde
   *[other] Runden
}).
status-expected = Epidemiemodell: alle bis Runde { $round }.
settings-label = Fanout { $fanout }, { $mode }, { $loss } % Verlust
past-run = Lauf { $run }: { $settings }: { $rounds ->
    [none] vorzeitig beendet
    [one] { $rounds } Runde
   *[other] { $rounds } Runden
}
trials-caption = Runden bis alle es wissen, { $trials } Durchläufe ({ $ms } ms)
trials-caption-stale = Frühere Einstellungen: { $settings }, { $live } lebend
trials-caption-none = Runden bis alle es wissen
chart-label = Liniendiagramm der informierten Knoten (0 bis { $live }) über der Runde (0 bis { $rounds }).
chart-not-started = Dieser Lauf hat noch nicht begonnen.
chart-this-run = Dieser Lauf, Runde für Runde: { $list }.
chart-expected = Erwartete Epidemiekurve: { $list }.
chart-trials = Der Mittelwert von { $trials } Durchläufen ist ebenfalls eingezeichnet.
chart-past = { $runs ->
    [one] { $runs } früherer Lauf ist blass eingezeichnet.
   *[other] { $runs } frühere Läufe sind blass eingezeichnet.
}

## Die Gossip-Ansicht: Bedienelemente und Beschriftungen

tab-gossip = Gossip-Ausbreitung
tab-phi = Phi-Accrual-Detektor
tabs-label = Ansichten
gossip-progress = Fortschritt des Gossip
glyph-legend = Legende
state-unaware = unwissend
state-fresh = neu
state-spreading = verbreitet
state-down = ausgefallen
rounds-label = Runden
start-gossip = Gossip starten
next-round = Nächste Runde
reset = Zurücksetzen
fanout-label = Fanout (Peers/Runde)
fanout-value = { $fanout } { $fanout ->
    [one] Peer
   *[other] Peers
} pro Runde
loss-label = Verlust
loss-display = { $loss } %
loss-value = { $loss } % der Nachrichten gehen verloren
nodes-label = Knoten
nodes-value = { $nodes } Knoten
mode-label = Gossip-Art
failures-label = Ausfälle
fail-random = Zufälligen Knoten ausfallen lassen
revive-failed = Ausgefallene wiederbeleben
fail-all-down = Alle Knoten sind bereits ausgefallen.
revive-none = Kein Knoten ist ausgefallen (Knoten 4 bleibt ausgefallen).
run-trials = { $trials } Durchläufe starten
trials-all-down = Alle Knoten sind ausgefallen.
trial-results = Ergebnisse der Durchläufe
col-mean = Mittel
col-min = Min.
col-max = Max.
col-model = Modell
earlier-runs = Frühere Läufe (blasse Linien)
no-earlier-runs = Noch keine: „Zurücksetzen“ behält den Lauf im Diagramm.
model-note-dashed = Gestrichelt: das Epidemiemodell,
model-note-loss = Verlust
model-note-push = bei Push: etwa
model-note-rounds = Runden
axis-round = Runde
axis-informed = informierte Knoten
axis-informed-short = informiert
chart-press-start = „Gossip starten“ zeichnet diesen Lauf ein
key-this-run = dieser Lauf
key-expected = erwartet (Epidemiemodell)
key-expected-short = erwartet
key-trials = Mittel aus { $trials } Durchläufen
key-trials-short = Durchläufe
key-earlier = frühere Läufe (f = Fanout)
key-earlier-short = früher
down-badge = AUSFALL

## Die Detektor-Ansicht: Erzählung

jitter-range = Der Jitter muss zwischen { $min } und { $max } ms liegen.
jitter-set = Jitter { $jitter } ms: Heartbeats treffen von nun an alle { $interval } ms ± etwa { $jitter } ms ein; das Phi-Fenster passt sich an, während sie eintreffen.
threshold-range = Der Schwellenwert muss zwischen { $min } und { $max } liegen.
threshold-set = Phi-Schwellenwert { $threshold }: Der Knoten wird verdächtigt, wenn der Heartbeat eines lebenden Knotens seltener als einmal in 10^{ $threshold } Fällen so spät käme, jetzt { $deadline } ms nach einem Heartbeat.
timeout-range = Der Timeout muss zwischen { $min } und { $max } ms liegen.
timeout-set = Timeout { $timeout } ms: Der feste Detektor verdächtigt den Knoten nach { $timeout } ms ohne Heartbeat.
window-range = Das Fenster muss zwischen { $min } und { $max } liegen.
window-set = Fenster { $window }: phi passt sich an die letzten { $window } Abstände zwischen Heartbeats an (Mittel { $mean } ms, Abweichung { $std } ms).
restarted = Der Knoten startet bei { $at } s neu und sendet wieder Heartbeats; der Beobachter verdächtigt ihn weiter, bis der erste eintrifft, und die stille Lücke wird nicht ins Fenster aufgenommen.
phi-reset = Zurückgesetzt: Zeit 0, der Knoten läuft und hat gerade seinen ersten Heartbeat gesendet.
already-down = Der Knoten ist bereits ausgefallen.
already-sending = Der Knoten sendet bereits Heartbeats.
crashed = Der Knoten stürzt bei { $at } s ab: keine Heartbeats mehr. Phi wird { $threshold } bei { $phi } s überschreiten, und der Timeout läuft bei { $timeout } s ab.
phi-suspects = Bei { $at } s erreicht phi { $threshold }: Der Phi-Detektor verdächtigt den Knoten{ $convicts ->
    [yes] {" "}und erklärt ihn für tot
   *[no] {""}
}.
timeout-suspects = Bei { $at } s läuft der Timeout von { $timeout } ms ab: Der Timeout-Detektor verdächtigt den Knoten{ $convicts ->
    [yes] {" "}und erklärt ihn für tot
   *[no] {""}
}.
withdrawn = Der { $detector ->
    [phi] Phi
   *[timeout] Timeout
}-Detektor verdächtigt den Knoten nicht mehr.
false-alarm = Ein Heartbeat trifft bei { $at } s nach einer Lücke von { $gap } ms ein: { $which ->
    [both] Beide Detektoren haben
    [phi] Der Phi-Detektor hat
   *[timeout] Der Timeout-Detektor hat
} fälschlich einen lebenden Knoten verdächtigt (ein falsch positiver Befund).
phi-intro = Phi-Accrual-Detektor: Ein Knoten sendet etwa jede Sekunde einen Heartbeat, und das Netz fügt Jitter hinzu. Phi steigt, während der Beobachter wartet; bei { $threshold } verdächtigt er den Knoten. Drücken Sie „Heartbeats anhalten“, um ihn abstürzen zu lassen, und sehen Sie zu, wie beide Detektoren ihn für tot erklären.
phi-running = Läuft: Heartbeats treffen ein, und phi wird zehnmal pro Sekunde neu berechnet.
phi-paused = Angehalten bei { $at } s.
one-second-later = Eine Sekunde später: { $at } s, phi = { $phi }.
phi-summary = Ansicht Phi-Accrual-Detektor: Schwellenwert { $threshold }, Heartbeat-Jitter { $jitter } ms, fester Timeout { $timeout } s; { $alive ->
    [yes] Heartbeats treffen ein
   *[no] Heartbeats sind angehalten
}.

## Die Detektor-Ansicht: Anzeigen, Bedienelemente und Diagramme

phi-value = phi = { $phi }
phi-huge = phi > 999
phi-time = bei { $at } s (Schwellenwert { $threshold })
phi-fit = · Abstände: Mittel { $mean } ms, σ { $std } ms → phi erreicht { $threshold } nach { $deadline } ms Stille
detector-line = { $detector ->
    [phi] Phi-Detektor
   *[timeout] Timeout { $timeout } s
}: { $view ->
    [convicted] FÜR TOT ERKLÄRT { $after } s nach dem Absturz
    [suspects] VERDÄCHTIGT den Knoten, der lebt
    [trusts-crashed] vertraut dem abgestürzten Knoten noch
   *[trusts] vertraut dem Knoten
}; { $alarms } { $alarms ->
    [one] Fehlalarm
   *[other] Fehlalarme
}.
scene-label = Zwei Diagramme von { $from } s bis { $to } s. Links: phi über der Zeit, verglichen mit dem Schwellenwert { $threshold }; { $phi_periods } { $phi_periods ->
    [one] Verdachtszeitraum
   *[other] Verdachtszeiträume
} zu sehen. Rechts: Zeit seit dem letzten Heartbeat, verglichen mit dem festen Timeout von { $timeout } s; { $timeout_periods } { $timeout_periods ->
    [one] Verdachtszeitraum
   *[other] Verdachtszeiträume
} zu sehen. { $arrived } { $arrived ->
    [one] Heartbeat ist
   *[other] Heartbeats sind
} in diesem Fenster eingetroffen.
phi-note = Cassandra erklärt einen Knoten bei phi ≥ 8 für tot (phi_convict_threshold). Erhöhen Sie den Jitter: Der feste Timeout beginnt, Fehlalarme auszulösen, während phi die größere Streuung der Abstände lernt.
phi-formula = (1 − F(Δ)): F ist die Normalverteilung, angepasst an die letzten 100 Abstände zwischen Heartbeats, Δ die Stille seit dem letzten. phi = 8: So spät ist ein lebender Knoten nur einmal in 10
phi-formula-end = {" "}Fällen.
readings-label = Messwerte der Detektoren
heartbeats-label = Heartbeats
stop-heartbeats = Heartbeats anhalten
restart-heartbeats = Heartbeats neu starten
advance-second = 1 s weiter
threshold-label = Phi-Schwellenwert
threshold-value = verdächtigen bei phi { $threshold }: ein so später Heartbeat kommt seltener als einmal in 10 hoch { $threshold } Fällen vor
jitter-label = Heartbeat-Jitter
jitter-value = Jitter { $ms }
timeout-label = Fester Timeout
timeout-value = Timeout { $timeout } Sekunden
axis-time = Zeit (s)
axis-phi = phi
axis-silence = Stille (s)
phi-chart-title = Phi-Accrual-Detektor (Schwellenwert { $threshold })
phi-rule = Schwellenwert { $threshold }
phi-mark = phi { $phi }
timeout-chart-title = Fester Timeout ({ $timeout } s)
timeout-rule = Timeout { $timeout } s
heartbeat-mark = ♥ Heartbeat
false-alarm-mark = ✗ Fehlalarm
convicted-mark = für tot erklärt +{ $after } s
convicted-mark-plain = für tot erklärt
crash-mark = Absturz
