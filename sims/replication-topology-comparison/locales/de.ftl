# Die Wörter dieser Simulation auf Deutsch (siehe docs/translating.md). Jede Nachricht hat
# dieselbe Kennung und dieselben Variablen wie in en.ftl.

## Die Seite: Titel, Hilfe, Legende

title = Replikationstopologien im Vergleich
about-1 = Drei Felder nebeneinander, eines pro Replikationstopologie, jedes mit fünf Knoten, die Kopien eines Schlüssels halten, und einem oder zwei Clients. Single-Leader hat einen Leader (Krone, L), der an vier Follower repliziert; Multi-Leader hat zwei Leader, die Schreibvorgänge annehmen; Leaderless schickt jeden Schreibvorgang an W der fünf Knoten und jeden Lesevorgang an R von ihnen und wartet jeweils auf alle Antworten. Bewegte Punkte sind Nachrichten: Schreibvorgänge und Replikation, Bestätigungen, Lesevorgänge. Jeder Knoten zeigt seinen Wert; eine veraltete Kopie ist markiert, ein ausgefallener Knoten trägt ein Kreuz.
about-2 = „Hervorgehobene Topologie“ wählt das Feld, auf das „Schreiben simulieren“ wirkt; jedes Feld lässt sich auch anklicken. Unter den Feldern stehen die Bedienelemente des hervorgehobenen Feldes: bei Single-Leader die Replikationsverzögerung, synchrone Replikation, das Read-after-Write-Routing, „Vom Replikat lesen“ und „Leader ausfallen lassen“; bei Multi-Leader „Gleichzeitig schreiben“ und die Konfliktauflösung; bei Leaderless die Regler W und R, „Quorum-Lesen“, „Zwei Clients schreiben gleichzeitig“ mit seiner Konfliktauflösung sowie die Knoten selbst, die als Schaltflächen einen Knoten ausfallen lassen oder zurückholen. „Client in ferner Region“ rückt den Client vom Leader weg. Die Statuszeilen jedes Feldes sagen, was geschehen ist; jede Bewertung zeigt die in ihrem Feld gemessene Schreiblatenz.
help-1 = Drei Wege, fünf Kopien eines Schlüssels synchron zu halten. Wählen Sie mit der Auswahl eine Topologie (oder klicken Sie auf ihr Feld) und drücken Sie „Schreiben simulieren“: Orange Impulse tragen den Schreibvorgang und seine Replikation, grüne die Bestätigungen, blaue die Lesevorgänge. Krone und L markieren einen Leader, Kreuz und AUS einen ausgefallenen Knoten; ein rotbrauner Wert ist eine veraltete Kopie. Die Statuszeile jedes Feldes sagt, was geschehen ist.
help-2 = Single-Leader: Stellen Sie mit dem Regler „Verzögerung“ eine Replikationsverzögerung ein, schreiben Sie und lesen Sie dann mit „Vom Replikat lesen“: Der Lesevorgang verpasst Ihren eigenen Schreibvorgang. Schalten Sie das Read-after-Write-Routing ein, um das zu beheben. Wechseln Sie zu synchroner Replikation, um Schreibvorgänge langsamer werden zu sehen, und drücken Sie direkt nach einem asynchronen Schreibvorgang „Leader ausfallen lassen“, um ihn zu verlieren.
help-3 = Multi-Leader: „Gleichzeitig schreiben“ schickt A und B im selben Moment an beide Leader; der Konflikt wird dort erkannt, wo sich die Schreibvorgänge kreuzen, und nach der gewählten Konfliktauflösung beigelegt. Leaderless: Stellen Sie W und R ein, klicken Sie auf einen Knoten (oder fokussieren Sie ihn und drücken Sie die Eingabetaste), um ihn ausfallen zu lassen, und sehen Sie mit „Quorum-Lesen“, wie Read Repair ein veraltetes Replikat repariert.
help-4 = Leaderless: „Zwei Clients schreiben gleichzeitig“ schickt A und B im selben Moment an je W Replikate; beide werden bestätigt, und ein Quorum bringt sie in keine Reihenfolge. Drücken Sie dann „Quorum-Lesen“: Mit Last-Write-Wins ist ein bestätigter Schreibvorgang stillschweigend verschwunden; mit Versionsvektoren liefert der Lesevorgang beide als Geschwister, die zusammenzuführen sind. „Client in ferner Region“ setzt den Client weit weg vom Leader und von den Leaderless-Replikaten: Vergleichen Sie die gemessenen Schreiblatenzen in den Bewertungen.
legend-1 = write | → | Schreibvorgang, Replikation
legend-2 = good | Ack | Bestätigung
legend-3 = read | → | Lesevorgang
legend-4 = rtc-leader | L | Leader (Krone)
legend-5 = rtc-stale | v0 | veraltete Kopie

## Geführte Touren

tour-read-your-writes = Replikationsverzögerung bricht Read-your-Writes

tour-read-your-writes-1 = Ein Leader, asynchrone Replikate
tour-read-your-writes-1-text = Single-Leader-Replikation: Jeder Schreibvorgang geht an den Leader (Knoten 1), der ihn an seine vier Replikate weitergibt. Die Replikation ist asynchron, und die Replikate hinken etwa 2 s hinterher.

tour-read-your-writes-2 = Der Leader bestätigt sofort
tour-read-your-writes-2-text = Der Client hat geschrieben, und der Leader hat bestätigt, sobald er den Schreibvorgang angewendet hatte, ohne auf ein Replikat zu warten: schnell, aber einen Moment lang hat nur der Leader ihn.
tour-read-your-writes-2-predict = Derselbe Client liest jetzt von einem Replikat. Was wird er sehen?
tour-read-your-writes-2-answer = Höchstwahrscheinlich seinen alten Wert: Das Replikat hat den Schreibvorgang noch nicht erhalten. Der eigene Schreibvorgang scheint verschwunden zu sein.

tour-read-your-writes-3 = Lesen von einem nachhinkenden Replikat
tour-read-your-writes-3-text = Der Lesevorgang ging an ein Replikat, das den Schreibvorgang noch nicht angewendet hatte, und lieferte einen älteren Wert: Der Client sieht seinen eigenen Schreibvorgang nicht. Nichts ist kaputt; genau das bewirkt die Verzögerung asynchroner Replikation.

tour-read-your-writes-4 = Read-after-Write-Konsistenz
tour-read-your-writes-4-text = Mit eingeschalteter Read-after-Write-Konsistenz schickt das System einen Lesevorgang nur dann an ein Replikat, wenn dieses den letzten eigenen Schreibvorgang des Clients schon hat (sonst an den Leader): Derselbe Schreib- und Lesevorgang liefert jetzt den neuen Wert.

tour-read-your-writes-5 = Asynchrones Failover verliert einen Schreibvorgang
tour-read-your-writes-5-text = Noch ein asynchroner Schreibvorgang, dann fällt der Leader aus, bevor er ihn weitergegeben hat. Ein Replikat wird befördert, und der Schreibvorgang, den der alte Leader bestätigt hat, fehlt darauf: Dem Client wurde „erledigt“ gemeldet, und der Schreibvorgang ist weg.
tour-read-your-writes-5-predict = Was würde diesen Verlust verhindern?
tour-read-your-writes-5-answer = Vor dem Bestätigen auf ein Replikat zu warten (synchrone oder semisynchrone Replikation), um den Preis langsamerer Schreibvorgänge und blockierter Schreibvorgänge, wenn dieses Replikat langsam ist.

tour-read-your-writes-6 = Synchrone Replikation bewahrt ihn
tour-read-your-writes-6-text = Synchrone Replikation: Der Leader hat erst bestätigt, nachdem ein Replikat den Schreibvorgang hatte, daher hat das Failover keinen bestätigten Schreibvorgang verloren. Echte Systeme erkennen den Ausfall des Leaders erst nach dem Timeout eines Ausfalldetektors und halten meist ein synchrones Replikat statt aller.

tour-concurrent-writes = Gleichzeitige Schreibvorgänge mit zwei Leadern

tour-concurrent-writes-1 = Zwei Leader, ein Schlüssel
tour-concurrent-writes-1-text = Multi-Leader-Replikation: Zwei Leader (Knoten 1 und 3, etwa in zwei Rechenzentren) nehmen jeweils Schreibvorgänge ihrer nahen Clients an und replizieren sie asynchron zueinander.
tour-concurrent-writes-1-predict = Zwei Clients schreiben gleichzeitig denselben Schlüssel, jeder bei einem anderen Leader. Welcher Wert sollte gewinnen, wenn die Leader die Schreibvorgänge austauschen?
tour-concurrent-writes-1-answer = Ohne weitere Information gibt es keine richtige Antwort: Die Schreibvorgänge sind nebenläufig (keiner hat den anderen gesehen). Last-Write-Wins nimmt einfach den späteren Zeitstempel.

tour-concurrent-writes-2 = Last-Write-Wins
tour-concurrent-writes-2-text = Mit Last-Write-Wins hat jeder Leader den Wert mit dem späteren Zeitstempel behalten und den anderen stillschweigend verworfen, obwohl beiden Clients gemeldet wurde, ihr Schreibvorgang sei gelungen.

tour-concurrent-writes-3 = Beide als Geschwister behalten
tour-concurrent-writes-3-text = Mit Versionsvektoren und Geschwistern erkennt jeder Leader, dass die beiden Schreibvorgänge nebenläufig sind, und behält beide; der nächste Leser sieht beide Werte und muss sie zusammenführen, so wie Riak und Dynamo es der Anwendung überlassen.
tour-concurrent-writes-3-predict = Landen die Leader beim selben Zustand?
tour-concurrent-writes-3-answer = Ja, sobald jeder Schreibvorgang jeden Leader erreicht hat: Beide wenden dieselbe Regel auf dieselben Schreibvorgänge an.

tour-concurrent-writes-4 = Die Replikate konvergieren
tour-concurrent-writes-4-text = Alle Nachrichten sind zugestellt: Beide Leader halten dieselben Versionen (sie sind konvergiert). Konvergenz sagt, dass alle Replikate übereinstimmen; sie sagt nicht, dass kein bestätigter Schreibvorgang verloren ging.

tour-concurrent-writes-5 = Ein einziger Leader kennt diesen Konflikt nicht
tour-concurrent-writes-5-text = Single-Leader-Replikation ordnet jeden Schreibvorgang über einen einzigen Leader, daher gibt es keine Schreib-Schreib-Konflikte zwischen Replikaten; ihr Risiko ist das Failover aus der ersten Tour.

## Namen: Topologien, Konfliktstrategien, Zeilen und Noten der Bewertung

topology-single-leader = Single-Leader
topology-multi-leader = Multi-Leader
topology-leaderless = Leaderless
describe-single-leader = Jeder Schreibvorgang geht an den Leader, Knoten 1, der sein Log an die Replikate 2 bis 5 streamt; sie wenden es in derselben Reihenfolge an, etwas verspätet.
describe-multi-leader = Die Knoten 1 und 3 nehmen beide Schreibvorgänge an und replizieren zueinander und zu den übrigen Knoten; gleichzeitige Schreibvorgänge geraten in Konflikt.
describe-leaderless = Jedes Replikat nimmt Schreibvorgänge an: Der Client schreibt auf W der 5 und liest von R, und W + R > N hält Lesevorgänge aktuell.
policy-lww = Last-Write-Wins
policy-siblings = Geschwister behalten
leaderless-policy-lww = Last-Write-Wins
leaderless-policy-siblings = Versionsvektoren (Geschwister)
write-latency = Schreiblatenz
latency-measured = { $ms } ms (gemessen)
latency-not-measured = nicht gemessen
criterion-read-scalability = Lese-Skalierbarkeit
criterion-conflict-handling = Konfliktbehandlung
criterion-geographic-distribution = Geo-Verteilung
rating-medium = Mittel
rating-high = Hoch
rating-none-needed = Nicht nötig; asynchrones Failover kann Daten verlieren
rating-required = Erforderlich
rating-required-lww-or-vv = Erforderlich (Last-Write-Wins oder Versionsvektoren)
rating-limited = Begrenzt
rating-excellent = Hervorragend
# Steht nach „an“, daher im Akkusativ.
nodes = { $count ->
    [0] keinen Knoten
    [one] Knoten { $list }
   *[other] Knoten { $list }
}
join-and = { $first } und { $next }
join-versus = { $first } vs. { $next }
caption-ack = Ack
caption-read = Lesen
caption-repair = Reparatur { $cargo }

## Die eigenen Sätze der Seite

start = { $name } ist hervorgehoben: { $describe } Drücken Sie „Schreiben simulieren“.
state-summary = { $name } ist hervorgehoben. Single-Leader: Verzögerung { $lag } s, { $mode ->
    [sync] synchrone
   *[async] asynchrone
} Replikation, Read-after-Write { $raw ->
    [on] an
   *[off] aus
}; Multi-Leader: { $policy ->
    [siblings] Geschwister behalten
   *[lww] Last-Write-Wins
}; Leaderless: W = { $w }, R = { $r } von 5.
read-queued = Der Lesevorgang geht in dem Moment hinaus, in dem der Client die Bestätigung für { $value } erhält, so wie eine App direkt nach der Rückkehr ihres Schreibvorgangs liest.
paused = Angehalten: Nachrichten warten, wo sie sind. Drücken Sie die Leertaste zum Fortsetzen oder →, um die nächste zuzustellen.
resumed = Fortgesetzt.
nothing-in-flight = Angehalten. Nichts ist unterwegs: Drücken Sie „Schreiben simulieren“ oder die Leertaste zum Fortsetzen.
message-arrived = Eine Nachricht ist angekommen.
step-disabled = Nichts ist unterwegs: Drücken Sie zuerst „Schreiben simulieren“.
no-replica-to-promote = Kein aktives Replikat kann übernehmen; holen Sie zuerst eines zurück.
stepped = Angehalten bei { $seconds } s.

## Erzählung der Aktionen

selected = { $name } ausgewählt.
client-far-on = Der Client zieht in eine ferne Region, { $factor }× die Netzwerkverzögerung vom Rechenzentrum des Single-Leader-Leaders und der Leaderless-Replikate entfernt: Jeder Schreibvorgang von dort zahlt diesen Hin- und Rückweg. Die Clients von Multi-Leader schreiben weiterhin an einen Leader in ihrer eigenen Region.
client-far-off = Der Client ist wieder beim Leader: ein kurzer Hin- und Rückweg pro Schreibvorgang in jedem Feld.
reset-done = Zurückgesetzt: Jeder Knoten ist aktiv und hält den Anfangswert; die Uhr steht wieder auf 0.
rejected-busy = Zu viele Nachrichten unterwegs ({ $count }); lassen Sie die Simulation laufen, bevor Sie weitere hinzufügen.
rejected-no-node = Es gibt keinen Knoten { $node }.
rejected-no-read-target = Es gibt keinen Knoten { $node }; es wurde nichts gelesen.
rejected-read-target-down = Knoten { $node } ist ausgefallen; wählen Sie ein aktives Replikat.
rejected-no-replica-to-promote = Knoten { $node } ist der einzige aktive Knoten; fiele er aus, bliebe kein Replikat zum Befördern.
rejected-policy-unchanged = Die Konfliktstrategie ist bereits { $policy }.
rejected-replication-in-flight = Warten Sie, bis die Replikation abgeschlossen ist ({ $count ->
    [one] { $count } Nachricht
   *[other] { $count } Nachrichten
} unterwegs): Jeder Knoten muss Konflikte nach derselben Regel beilegen.
rejected-multi-leader-stays-up = Knoten { $node } bleibt aktiv: Das Multi-Leader-Feld zeigt Konflikte, keine Ausfälle; lassen Sie Knoten in den anderen Feldern ausfallen.

# Single-Leader
redirect-picked-leader = Knoten { $node } ist der Leader, also ist dies ein Lesevorgang beim Leader.
redirect-no-replica = Kein Replikat ist aktiv, also bedient der Leader den Lesevorgang.
redirect-own-write-in-progress = Read-after-Write: Ihr Schreibvorgang { $value } ist noch nicht abgeschlossen, also geht der Lesevorgang an den Leader statt an Knoten { $replica }.
redirect-replica-lacks-own-write = Read-after-Write: Knoten { $replica } hat Ihren Schreibvorgang #{ $index } noch nicht angewendet, also geht der Lesevorgang an den Leader.
sl-write-sent = Der Client sendet { $value } an den Leader, Knoten { $leader }; { $mode ->
    [sync] synchrone
   *[async] asynchrone
} Replikation folgt.
sl-read-sent = Der Client liest den Schlüssel { $to ->
    [leader] vom Leader
   *[replica] vom Replikat
} Knoten { $node }.
lag-set = Replikationsverzögerung auf { $lag } ms gesetzt: Replikate wenden jeden Eintrag etwa so viel später an als der Leader.
lag-above-max = ({ $requested } ms liegen über dem Maximum von { $max } ms.)
sync-on = Synchrone Replikation: Der Leader bestätigt einen Schreibvorgang erst, nachdem jedes aktive Replikat ihn angewendet hat; Schreibvorgänge sind daher langsamer, überstehen aber einen Ausfall des Leaders.
sync-off = Asynchrone Replikation: Der Leader bestätigt einen Schreibvorgang, sobald er in seinem eigenen Log steht; Schreibvorgänge sind daher schnell, können aber verloren gehen, wenn der Leader vor dem Replizieren ausfällt.
raw-on = Read-after-Write-Routing an: Solange einem Replikat Ihr letzter Schreibvorgang fehlen könnte, gehen Ihre Lesevorgänge an den Leader.
raw-off = Read-after-Write-Routing aus: Lesevorgänge gehen an das Replikat, das Sie wählen, egal wie weit es zurückliegt.
replica-crashes = Replikat Knoten { $node } stürzt ab.
replica-crash-waits = Der Leader kann einen Absturz nicht sehen: Er hört nichts und wartet weiter, bis sein Ausfalldetektor nach { $timeout } s abläuft (bei { $at } s).
replica-crash-held = Bis dahin { $count ->
    [one] bleibt { $count } Schreibvorgang
   *[other] bleiben { $count } Schreibvorgänge
} unbestätigt.
replica-crash-async = Asynchrone Replikation wartet nie auf das Replikat.
rejoined = Knoten { $node } kehrt als Replikat von Knoten { $leader } zurück und holt ab Log-Index { $from } auf.
rejoined-discards = Zuerst verwirft er { $values }: Der aktuelle Leader hat es nie erhalten.
failover = Leader Knoten { $old } fällt aus. Knoten { $new }, das aktuellste Replikat (Log-Index { $index }), wird zum Leader für Term { $term } befördert.
failover-lost = Der bestätigte Schreibvorgang { $values } hat nie ein Replikat erreicht und ist verloren.
failover-failed-writes = { $count ->
    [one] { $count } noch nicht bestätigter Schreibvorgang schlägt
   *[other] { $count } noch nicht bestätigte Schreibvorgänge schlagen
} mit einem Fehler fehl.

# Multi-Leader
ml-policy-set = Konfliktstrategie: { $policy }.
ml-siblings-settled = Die Geschwister sind jetzt aufgelöst: { $value } hat den neuesten Zeitstempel und bleibt erhalten.
ml-write-sent = Client { $client } sendet { $value } an seinen nächstgelegenen Leader, Knoten { $leader }.
ml-concurrent-sent = Im selben Moment sendet Client A { $a } an Knoten 1 und Client B { $b } an Knoten 3: Keiner der Leader weiß vom Schreibvorgang des anderen.

# Leaderless
quorum-set-consistent = N = { $n }, W = { $w }, R = { $r }: W + R = { $sum } > N, also überschneidet sich jeder Lesevorgang mit dem zuletzt bestätigten Schreibvorgang.
quorum-set-stale = N = { $n }, W = { $w }, R = { $r }: W + R = { $sum } ≤ N, also kann ein Lesevorgang jedes Replikat verfehlen, das der letzte Schreibvorgang erreicht hat.
ll-policy-set = { $policy ->
    [siblings] Gleichzeitige Schreibvorgänge bei Leaderless: Versionsvektoren. Ein Replikat erkennt, dass keiner der Schreibvorgänge den anderen gesehen hat, und behält beide als Geschwister; ein Lesevorgang liefert beide, damit der Client sie zusammenführt.
   *[lww] Gleichzeitige Schreibvorgänge bei Leaderless: Last-Write-Wins. Ein Replikat (und ein Lesevorgang) behält den Schreibvorgang mit dem späteren Zeitstempel des Koordinators und verwirft den anderen stillschweigend, obwohl er bestätigt wurde.
}
ll-concurrent-sent = Die Clients A und B schreiben den Schlüssel im selben Moment über zwei Koordinatoren, jeder mit eigenem Zähler: A{ $version } geht an { $a }, B{ $version } an { $b }, und jeder wartet auf W = { $w } { $w ->
    [one] Bestätigung
   *[other] Bestätigungen
}. Keiner der Schreibvorgänge hat den anderen gesehen, und ein Quorum bringt sie in keine Reihenfolge. { $policy ->
    [siblings] Versionsvektoren werden beide als Geschwister behalten.
   *[lww] Last-Write-Wins wird einen behalten und den anderen stillschweigend verwerfen.
}
ll-write-sent = Der Client sendet v{ $version } gleichzeitig an W = { $w } { $w ->
    [one] Replikat
   *[other] Replikate
} ({ $nodes }) und wartet auf { $w } { $w ->
    [one] Bestätigung
   *[other] Bestätigungen
}.
ll-write-failed-at-once = Schreibvorgang v{ $version } schlägt sofort fehl: Nur { $up } { $up ->
    [one] Replikat ist
   *[other] Replikate sind
} aktiv, und W = { $w }.
ll-read-sent = Der Client fragt R = { $r } { $r ->
    [one] Replikat
   *[other] Replikate
} ({ $nodes }) nach dem Schlüssel.
ll-read-failed-at-once = Lesevorgang schlägt sofort fehl: Nur { $up } { $up ->
    [one] Replikat ist
   *[other] Replikate sind
} aktiv, und R = { $r }.
ll-node-recovered = Knoten { $node } ist wieder aktiv mit v{ $version }, möglicherweise veraltet; { $up } von { $total } Replikaten { $up ->
    [one] ist
   *[other] sind
} aktiv.
ll-node-failed = Knoten { $node } fällt aus; { $up } von { $total } Replikaten { $up ->
    [one] ist
   *[other] sind
} aktiv.
ll-write-now-fails = Schreibvorgang v{ $version } kann W = { $w } Bestätigungen nicht mehr erreichen und schlägt fehl.
ll-read-now-fails = Ein Lesevorgang kann R = { $r } Antworten nicht mehr erhalten und schlägt fehl.
ll-new-writes-fail = Neue Schreibvorgänge schlagen fehl: W = { $w }.
ll-new-reads-fail = Neue Lesevorgänge schlagen fehl: R = { $r }.

## Erzählung dessen, was geschieht, während die Uhr läuft

sl-appended = Leader Knoten { $leader } hängt { $value } bei Log-Index { $index } an und streamt es an { $nodes }; { $waits ->
    [yes] er wartet auf alle, bevor er bestätigt.
   *[no] er bestätigt dem Client sofort.
}
sl-applied = Knoten { $node } wendet { $value } an (Log-Index { $index }), { $after } ms nachdem der Leader es committet hat.
sl-declared-down = Der Ausfalldetektor des Leaders läuft ab: Er erklärt Knoten { $node } für ausgefallen und wartet nicht mehr auf ihn.
sl-released = Endlich bestätigt er { $values }.
sl-confirmed = Jedes aktive Replikat hat { $values } bestätigt, also bestätigt der Leader den Schreibvorgang.
sl-acknowledged = Der Client erhält die Bestätigung für { $value }: Schreiblatenz { $ms } ms{ $mode ->
    [sync] {" "}(synchron: Er hat auf die Replikate gewartet)
   *[async] {""}
}.
sl-read-fresh = Knoten { $node } liefert { $value } (Version { $index }), so aktuell wie der Leader.
sl-read-stale = Knoten { $node } liefert { $value } (Version { $index }), { $behind ->
    [one] { $behind } Eintrag
   *[other] { $behind } Einträge
} hinter dem Leader: veraltet, obwohl er Ihre eigenen Schreibvorgänge hat.
sl-read-missed = Knoten { $node } liefert { $value } (Version { $index }), { $behind ->
    [one] { $behind } Eintrag
   *[other] { $behind } Einträge
} hinter dem Leader, und ihm fehlt Ihr Schreibvorgang #{ $own }: die Read-your-Writes-Anomalie.
conflict-detected = Knoten { $node } erkennt einen Konflikt: { $incoming } wurde geschrieben, ohne { $others } zu sehen.
conflict-lww = Last-Write-Wins behält { $winner } und verwirft { $discarded }.
conflict-siblings = Er behält die Geschwister { $siblings }.
ml-accepted = Leader Knoten { $leader } nimmt { $value } an (ersetzt { $replaced }), Versionsvektor [{ $a }, { $b }], und repliziert es an jeden anderen Knoten.
ml-ignored = Knoten { $node } ignoriert { $value }: Er hält bereits eine Version, die { $value } gesehen hat.
ml-applied = Knoten { $node } wendet { $value } an.
ml-acknowledged = Client { $client } erhält die Bestätigung für { $value } nach { $ms } ms.
ll-repaired = Read Repair bringt Knoten { $node } auf v{ $version }.
ll-acknowledged = Knoten { $node } bestätigt v{ $version } ({ $acks } von W = { $w }).
ll-write-succeeded = Schreibvorgang { $name } ist nach { $ms } ms bestätigt: { $acks } { $acks ->
    [one] Replikat hat
   *[other] Replikate haben
} ihn bestätigt (W = { $w }).
ll-read-siblings = Der Lesevorgang erhält Antworten von { $nodes } und liefert die Geschwister { $values }: Die Versionsvektoren zeigen, dass keiner der Schreibvorgänge den anderen gesehen hat, also muss der Client sie zusammenführen (sein nächster Schreibvorgang ersetzt beide).
ll-read-returned = Der Lesevorgang erhält Antworten von { $nodes } und liefert { $value }, den neuesten darunter.
ll-read-dropped = Last-Write-Wins hat { $values } stillschweigend verworfen, obwohl der Schreibvorgang bestätigt war: kein Fehler, keine Spur.
ll-read-missed = Er ist veraltet: v{ $latest } war bestätigt worden, aber von keinem der befragten Replikate.
ll-read-repair = { $nodes } { $count ->
    [one] hat
   *[other] haben
} mit einer älteren Version geantwortet, also sendet Read Repair { $count ->
    [one] ihm
   *[other] ihnen
} { $values }.

## Die Statuszeilen der Felder

sl-read-queued-line = Lesevorgang: wartet auf die Bestätigung Ihres Schreibvorgangs, dann geht er hinaus
sl-latency = Schreiblatenz: { $ms } ms ({ $mode ->
    [sync] synchron
   *[async] asynchron
})
sl-latency-none = Schreiblatenz: noch kein Schreibvorgang bestätigt ({ $mode ->
    [sync] synchron
   *[async] asynchron
})
sl-write-on-its-way = Schreibvorgang { $value }: unterwegs zum Leader ({ $mode ->
    [sync] synchron
   *[async] asynchron
})
sl-write-waiting = Schreibvorgang { $value }: Der Leader wartet auf { $count } { $count ->
    [one] Replikat
   *[other] Replikate
} ({ $mode ->
    [sync] synchron
   *[async] asynchron
})
sl-write-ack-on-its-way = Schreibvorgang { $value }: Bestätigung unterwegs ({ $mode ->
    [sync] synchron
   *[async] asynchron
})
sl-write-failed = Schreibvorgang { $value } fehlgeschlagen: Der Leader fiel aus, bevor er ihn bestätigte ✗
read-none = Lesevorgang: noch keiner
sl-read-failed = Lesevorgang fehlgeschlagen: Knoten { $node } fiel vor der Antwort aus
sl-read-waiting = Lesevorgang: wartet auf Knoten { $node }{ $via ->
    [routed] {" "}(zum Leader umgeleitet)
    [leader] {" "}(der Leader)
   *[replica] {""}
}
sl-read-line-fresh = Lesevorgang: { $value } von Knoten { $node }{ $via ->
    [routed] {" "}(zum Leader umgeleitet)
    [leader] {" "}(der Leader)
   *[replica] {""}
}: aktuell ✓
sl-read-line-stale = Lesevorgang: { $value } von Knoten { $node }{ $via ->
    [routed] {" "}(zum Leader umgeleitet)
    [leader] {" "}(der Leader)
   *[replica] {""}
}: um { $behind ->
    [one] { $behind } Eintrag
   *[other] { $behind } Einträge
} veraltet, hat aber Ihre Schreibvorgänge
sl-read-line-missed = Lesevorgang: { $value } von Knoten { $node }{ $via ->
    [routed] {" "}(zum Leader umgeleitet)
    [leader] {" "}(der Leader)
   *[replica] {""}
}: Ihr Schreibvorgang { $own } fehlt ✗ (Read-your-Writes-Anomalie)
failover-line-safe = Leader Knoten { $old } ausgefallen; Knoten { $new } führt (Term { $term }); kein bestätigter Schreibvorgang verloren
failover-line-lost = Leader Knoten { $old } ausgefallen; Knoten { $new } führt (Term { $term }); bestätigter Schreibvorgang { $values } VERLOREN ✗
conflicts-none = Erkannte Konflikte: 0
conflicts-latest = Erkannte Konflikte: { $count } (zuletzt: { $set } bei Knoten { $node })
resolved-lww = Last-Write-Wins: { $winner } behalten, { $discarded } verworfen
resolved-siblings = Geschwister behalten: { $siblings }
replicating = Replikation: { $count } { $count ->
    [one] Nachricht
   *[other] Nachrichten
} unterwegs
converged = Konvergiert: Jeder Knoten hält { $values }
not-converged = Nicht konvergiert
ll-write-none = Schreibvorgang: noch keiner
ll-write-pending = Schreibvorgang v{ $version }: { $acks } von W = { $w } Bestätigungen
ll-write-done = Schreibvorgang v{ $version }: { $acks } von W = { $w } Bestätigungen in { $ms } ms ✓
ll-write-failed-few = Schreibvorgang v{ $version } fehlgeschlagen: weniger als W = { $w } Replikate aktiv ✗
ll-write-failed-down = Schreibvorgang v{ $version } fehlgeschlagen: Ein Replikat fiel vor W = { $w } Bestätigungen aus ✗
ll-concurrent-pending = Schreibvorgänge A{ $version } und B{ $version } gleichzeitig: unterwegs
ll-concurrent-done = Schreibvorgänge A{ $version } und B{ $version } gleichzeitig: beide haben W = { $w } erreicht; jetzt Quorum-Lesen
ll-concurrent-failed = Schreibvorgänge A{ $version } und B{ $version } gleichzeitig: B{ $version } schlug vor W = { $w } Bestätigungen fehl ✗
ll-read-line-siblings = Lesevorgang: Geschwister { $values } (Versionsvektoren): Der Client führt sie zusammen ✓
ll-read-line-lost = Lesevorgang: { $values } (Last-Write-Wins): bestätigter Schreibvorgang { $lost } stillschweigend verloren ✗
ll-read-pending = Lesevorgang: { $replies } von R = { $r } Antworten
ll-read-failed-few = Lesevorgang fehlgeschlagen: weniger als R = { $r } Replikate aktiv ✗
ll-read-failed-down = Lesevorgang fehlgeschlagen: Ein Replikat fiel vor R = { $r } Antworten aus ✗
ll-read-line = Lesevorgang: v{ $version } von { $nodes }{ $stale ->
    [yes] {" "}(veraltet: v{ $latest } war bestätigt)
   *[no] {""}
}{ $end ->
    [repair] ; Read Repair: { $repaired }
    [bad] {" "}✗
   *[good] {" "}✓
}
quorum-line-consistent = W + R = { $sum } > N = { $n }: Lesevorgänge sehen den letzten Schreibvorgang
quorum-line-stale = W + R = { $sum } ≤ N = { $n }: Lesevorgänge können veraltet sein

## Die Client-Kästen auf der Zeichenfläche

client = Client
client-read-failed = Client: Lesen fehlgeschlagen
client-read-missed = Client las { $value } ✗ veraltet
client-read-stale = Client las { $value } (veraltet)
client-read-fresh = Client las { $value } ✓
client-read-lost-one = Client las { $value } ✗ einer verloren
client-reading = Client: liest …
client-acked = Client: { $value } bestätigt, { $ms } ms
client-write-failed = Client: { $value } fehlgeschlagen
client-write-lost = Client: { $value } VERLOREN
client-writing = Client: schreibt { $value } …
client-named = Client { $name }
client-named-acked = Client { $name }: { $value } ✓
client-named-writing = Client { $name }: { $value } …
client-replies = Client: { $replies }/{ $r } Antworten
client-acks = Client: Acks { $acks }/{ $w }
client-acks-done = Client: v{ $version } Acks { $w }/{ $w } ✓

## Die zugänglichen Namen der Knoten und die Beschreibung der Zeichenfläche

node-label-bare = Knoten { $n }
node-label = { $topology } Knoten { $n }{ $role ->
    [leader] {" "}(Leader)
    [replica] {" "}(Replikat)
   *[peer] {""}
}: { $up ->
    [up] aktiv
   *[down] ausgefallen
}, { $holds ->
    [log] hält { $values } bei Log-Index { $index }
    [vector] hält { $values }, Versionsvektor { $version }
   *[quorum] hält { $values }
}. { $action ->
    [revive] Drücken, um ihn zurückzuholen
    [failover] Drücken, um ihn ausfallen zu lassen (Failover)
   *[fail] Drücken, um ihn ausfallen zu lassen
}.
canvas-node = Knoten { $n }{ $role ->
    [leader] {" "}(Leader)
    [replica] {" "}(Replikat)
   *[peer] {""}
}{ $up ->
    [up] {""}
   *[down] {" "}ausgefallen,
} { $values }
canvas-single-leader = Single-Leader: Der Client schreibt an den Leader, der sein Log an die Replikate streamt.
canvas-multi-leader = Multi-Leader: Die Clients A und B schreiben bei den Leadern Knoten 1 und Knoten 3, die zueinander und zu den Knoten 2, 4 und 5 replizieren.
canvas-leaderless = Leaderless: Der Client schreibt gleichzeitig auf W der 5 Replikate und liest von R.
canvas-label = { $head } { $nodes }. { $count ->
    [one] { $count } Nachricht
   *[other] { $count } Nachrichten
} unterwegs.
badge-down = AUS
badge-repaired = repariert
badge-siblings = GESCHWISTER
badge-conflict = KONFLIKT

## Bedienelemente

tag-highlighted = hervorgehoben
panel-status = Status von { $name }
panel-scorecard = Bewertung von { $name }
panel-controls = Bedienelemente von { $name }
panel-controls-title = { $name }:
panel-actions = Aktionen von { $name }
choice-topology = Hervorgehobene Topologie
actions = Aktionen
simulate-write = Schreiben simulieren
pause = Pause
resume = Fortsetzen
step = Schritt
reset = Zurücksetzen
client-far = Client in ferner Region
lag-label = Verzögerung
lag-value-text = { $lag } Sekunden
sync-switch = Synchrone Replikation
raw-switch = Read-after-Write: meine Lesevorgänge zum Leader leiten
read-from-replica = Vom Replikat lesen
read-from-leader = Vom Leader lesen
fail-leader-now = Leader ausfallen lassen
concurrent-writes = Gleichzeitig schreiben
conflict-resolution = Konfliktauflösung
w-slider = W (Schreib-Quorum)
r-slider = R (Lese-Quorum)
quorum-value-text = { $letter } = { $value } von { $total } Replikaten
quorum-read = Quorum-Lesen
two-clients-write = Zwei Clients schreiben gleichzeitig
ll-policy-choice = Gleichzeitige Schreibvorgänge auflösen durch
