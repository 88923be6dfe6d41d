# Die Wörter dieser Simulation auf Deutsch (siehe docs/translating.md): dieselben Namen wie in
# en.ftl; fehlt hier eine Nachricht, zeigt die Seite die englische.

## Die Seite: Titel, Bildschirmzusammenfassung, Hilfe, Legende

title = Produktionscluster
about-1 = Die Schlussarchitektur des Kapitels: Benutzer in US-East und EU-West, sechs Shards, gewählt über einen konsistenten Hash der user_id (Shards 1–3 in US-East, 4–6 in EU-West), jeder aus einem Leader (Krone) und zwei abstimmenden Followern, mit W = 2 und R = 2 bei N = 3, dazu drei Lesereplikate für Reporting-Abfragen und ein etcd-Cluster aus drei Knoten, der den Leader-Schlüssel jedes Shards hält. Bewegte Markierungen sind Anfragen: gefüllte Quadrate Schreibvorgänge, Punkte Lesevorgänge, hohle Quadrate Reports, Kreuze Ablehnungen.
about-2 = Fehlerschaltflächen beenden den Leader eines Shards oder zwei seiner Knoten, lassen ein Lesereplikat über 30 s zurückfallen, trennen die Regionen, nehmen etcd sein Quorum oder lenken den Verkehr eines Hot-Users auf einen Shard. Der Aussagenprüfer zeigt, welche Aussagen des Kapitels gerade gelten und auf welchen Shards sie verletzt sind.
help-1 = Klicken Sie auf einen Knoten der Zeichenfläche (oder gehen Sie mit Tab zu ihm und drücken Sie Enter), um ihn zu beenden oder einen Ersatz zu starten. Wählen Sie unter „Shard“ den Shard für die Shard-Schaltflächen; die übrigen wirken auf den ganzen Cluster.
help-2 = Ein beendeter Knoten verliert seine Festplatte: Ein Ersatz kopiert 3 s lang das Log, bevor er für ein Quorum zählt. Das etcd-Lease eines toten Leaders läuft nach 5 s ab; dann vergleichen die Follower ihre Log-Positionen, und der aktuellste übernimmt den Leader-Schlüssel des Shards in etcd, das nur einem Knoten erlaubt, ihn zu halten.
help-3 = „Anfragen/s“ stellt die Last ein (bis 500); ohne geografisches Routing werden die Benutzer über alle sechs Shards gehasht, ohne Rücksicht auf ihre Region. → pausiert und lässt eine Sekunde Modellzeit vergehen.
legend-1 = pc-leader | L | Leader (Krone)
legend-2 = pc-follower | F | Follower
legend-3 = pc-replica | R | Lesereplikat, Balken: Verzögerung
legend-4 = pc-write | ■ | Schreibvorgang
legend-5 = pc-read | ● | Lesevorgang
legend-6 = pc-report | □ | Report
legend-7 = pc-fail | ✕ | abgelehnt / ausgefallen

## Geführte Touren

tour-failover = Ein Knoten pro Shard, und dann zwei

tour-failover-1 = Sechs gesunde Shards
tour-failover-1-text = Benutzer in beiden Regionen senden 60 Anfragen pro Sekunde. Jede Anfrage hasht ihre user_id innerhalb der Heimatregion des Benutzers auf einen von drei Shards; Schreibvorgänge gehen an den Leader dieses Shards (Krone), der vor der Antwort auf einen Follower wartet; Lesevorgänge gehen ebenfalls an den Leader (das Modell lehnt sie ab, solange nicht zwei Voter laufen); Reports gehen an ein Lesereplikat. Alle Aussagen gelten.
tour-failover-1-predict = Beenden Sie den Leader von Shard 1. Was geschieht mit den Schreibvorgängen von Shard 1 und mit den anderen Shards?
tour-failover-1-answer = Shard 1 lehnt Schreibvorgänge ab, bis ein Follower seinen Leader-Schlüssel in etcd übernimmt; die anderen fünf arbeiten unberührt weiter.

tour-failover-2 = Shard 1 verliert seinen Leader
tour-failover-2-text = Shard 1 hat keinen Leader: Seine Schreibvorgänge werden abgelehnt (Kreuze), und der Aussagenprüfer meldet „Jeder Shard beschreibbar“ auf Shard 1 als verletzt. Trotzdem geht kein bestätigter Schreibvorgang verloren, denn der Follower, der ihn bestätigt hat, hält ihn noch. Das etcd-Lease des Leaders läuft noch einige Sekunden.

tour-failover-3 = Ein Follower übernimmt den Leader-Schlüssel
tour-failover-3-text = Nachdem das Lease von 5 s abgelaufen war, verglichen die Follower ihre Log-Positionen; der aktuellste übernahm den Leader-Schlüssel von Shard 1 in etcd, das nur einem Knoten erlaubt, ihn zu halten (etcd hat noch seine Mehrheit). Der Failover dauerte 5,0 s, zu sehen in der Spalte „Failover“; der neue Leader und der verbliebene Follower ergeben wieder W = 2, also gelten alle Aussagen. Das ist die Aussage des Kapitels: ein ausgefallener Knoten pro Shard, keine verlorenen Daten.

tour-failover-4 = Zwei Knoten von Shard 2
tour-failover-4-text = Der Leader von Shard 2 und der Follower, der seine Schreibvorgänge bestätigt hat, sind im selben Moment ausgefallen. Nur der dritte Voter bleibt: kein Schreib- und kein Lesequorum, also lehnt Shard 2 beides ab, während die Shards 1 und 3–6 weiterarbeiten. Waren Schreibvorgänge der letzten Sekunde noch nicht auf dem dritten Voter, gehen sie verloren, wenn er übernimmt: W = 2 bei N = 3 übersteht einen Ausfall, nicht zwei.
tour-failover-4-predict = etcd verliert zwei seiner drei Knoten, dann fällt der Leader von Shard 3 aus. Wann bekommt Shard 3 einen neuen Leader?
tour-failover-4-answer = 5 s, nachdem etcd seine Mehrheit zurückhat (sein neuer Leader verlängert jedes Lease auf volle 5 s); die Leader der anderen Shards bedienen währenddessen weiter.

tour-failover-5 = Kein etcd-Quorum, kein Failover
tour-failover-5-text = etcd hat einen von drei Knoten: keine Mehrheit, also kann es kein neues Lease vergeben. Shard 3 ist seit 15 s ohne Leader und bleibt es; die anderen Shards behalten ihre Leader, weil jeder noch alle drei seiner Voter erreicht (der Failsafe-Modus von Patroni; standardmäßig würde Patroni auch sie herabstufen, und selbst der Failsafe-Modus stuft einen Leader herab, der einen Voter nicht erreicht).

tour-failover-6 = etcd erholt sich
tour-failover-6-text = Solange etcd keinen Leader hatte, standen seine Lease-Uhren still, und als seine Mehrheit zurückkam, verlängerte der neue etcd-Leader jedes Lease auf volle 5 s. Deshalb bekommt Shard 3 erst 5 s nach der Erholung von etcd einen neuen Leader, nicht sofort; danach gelten wieder alle Aussagen.

tour-claims = Regionen, veraltete Replikate und Hot-User

tour-claims-1 = Die Regionen werden getrennt
tour-claims-1-text = Eine Netzwerkpartition zwischen den Regionen: Die Benutzer erreichen weiterhin die Shards ihrer eigenen Region, also bleiben die Shards mit Leader für ihre eigenen Benutzer beschreibbar (nur weil der Failsafe-Modus an ist; standardmäßig stuft Patroni alle drei EU-Leader herab, und EU-West wird schreibgeschützt). Aber etcd läuft mit zwei Knoten in US-East und einem in EU-West, also behält nur US-East eine etcd-Mehrheit: Shard 1 verlor seinen Leader und machte einen Failover, Shard 5 verlor seinen Leader und kann es nicht.
tour-claims-1-predict = Was geschieht mit Shard 5, wenn die Partition heilt?
tour-claims-1-answer = EU-West erreicht wieder eine Mehrheit von etcd; das Lease des toten Leaders von Shard 5 ist längst abgelaufen, also übernimmt der aktuellste Follower sofort den Leader-Schlüssel.

tour-claims-2 = Die Partition heilt
tour-claims-2-text = Die Regionen erreichen einander wieder, EU-West erreicht die Mehrheit von etcd, und Shard 5 hat binnen einer Sekunde einen Leader. Alle Aussagen gelten: Die Partition hat EU-West seine Failover gekostet, nicht seine Daten.
tour-claims-2-predict = Ein Lesereplikat von Shard 4 fällt 45 s zurück. Wann bemerkt es der Aussagenprüfer, und was sieht eine Reporting-Abfrage?
tour-claims-2-answer = Nach 30 s Verzögerung; ein Report an dieses Replikat liefert Daten, die älter als 30 s sind (ein rotes hohles Quadrat).

tour-claims-3 = Ein Lesereplikat 45 s im Rückstand
tour-claims-3-text = Replikat 4.1 wendet Schreibvorgänge jetzt 45 s verspätet an. Nach 30 s überschritt seine Verzögerung die 30 s, die Reports hinnehmen: „Reports von Lesereplikaten binnen 30 s bedient“ ist auf Shard 4 verletzt, und ein Drittel der Reports von Shard 4 (Round Robin) kommt veraltet zurück.

tour-claims-4 = Ein Hot-User
tour-claims-4-text = Benutzer 7777 sendet 300 zusätzliche Anfragen pro Sekunde, alle an den einen Shard, den der Hash für ihn wählt. Der Shard kann 150 pro Sekunde bedienen: Den Rest lehnt er ab (überlastet), und die anderen Benutzer dieses Shards leiden mit. Das Hashen der user_id verteilt Benutzer, nicht Last: Den Verkehr eines einzelnen Benutzers kann das Hashen der user_id allein nicht aufteilen; Anwendungen teilen einen solchen Hotspot-Schlüssel, indem sie ihm ein zufälliges Suffix anhängen und alle Teile zurücklesen (DDIA Kap. 6).

tour-claims-5 = Hashen ohne geografische Zuordnung
tour-claims-5-text = Ohne geografisches Routing hasht der Router die user_id über alle sechs Shards. Etwa die Hälfte der EU-Benutzer landet auf den Shards 1–3 in US-East, und „Daten der EU-Benutzer bleiben in EU-West“ ist binnen Sekunden verletzt: Konsistentes Hashing und geografische Platzierung stimmen nur überein, wenn zuerst die Region gewählt wird.

## Namen und Zahlen

region = { $region ->
    [us] US-East
   *[eu] EU-West
}
region-title = { $region ->
    [us] US-East · Shards 1–3 · etcd 1, 2
   *[eu] EU-West · Shards 4–6 · etcd 3
}
row-title = Shard { $n }
node-name = { $kind ->
    [voter] Knoten { $shard }{ $letter }
    [replica] Lesereplikat { $shard }.{ $index }
   *[etcd] etcd { $index }
}
node-subject = { $kind ->
    [voter] Knoten { $shard }{ $letter }
    [replica] Lesereplikat { $shard }.{ $index }
   *[etcd] etcd { $index }
}

## Erzählung

start = Sechs gesunde Shards, { $rate } Anfragen/s aus beiden Regionen, { $routing ->
    [geo] jeder Benutzer innerhalb seiner Heimatregion geroutet
   *[global] Benutzer über alle sechs Shards gehasht, ohne Rücksicht auf ihre Region
}. Alle Aussagen gelten; jetzt machen Sie etwas kaputt.
reset = Zurückgesetzt.
paused = Pausiert.
running = Läuft.
stepped = Pausiert bei t = { $time }, eine Sekunde später.
node-killed = { $name } wurde beendet.
killed-demoted = Der Leader des Shards erreicht weder eine etcd-Mehrheit noch jeden Voter: Der Failsafe-Modus stuft ihn herab, und der Shard lehnt Schreibvorgänge ab.
killed-wait = Kein Leader, bis sein Lease in { $ttl } abläuft; dann übernimmt der aktuellste Follower den Leader-Schlüssel.
killed-no-etcd = Kein Leader, und etcd hat hier kein Quorum: kein Failover, bis es sich erholt.
etcd-lost-quorum = etcd hat sein Quorum verloren.
replacement-starts = Ein Ersatz für { $name } beginnt, das Log zu kopieren.
node-restarted = { $name } wurde neu gestartet.
already-down = { $name } ist bereits ausgefallen.
already-up = { $name } läuft bereits.
no-leader-to-kill = Shard { $shard } hat keinen Leader, den man beenden könnte.
caught-up = { $name } hat das Log kopiert und stimmt wieder mit ab.
elected = { $name } (neuestes Log) hat nach { $time } den Leader-Schlüssel von Shard { $shard } in etcd übernommen.
writes-lost = { $count ->
    [one] 1 bestätigter Schreibvorgang von Shard { $shard } lag auf keinem überlebenden Knoten: endgültig verloren.
   *[other] { $count } bestätigte Schreibvorgänge von Shard { $shard } lagen auf keinem überlebenden Knoten: endgültig verloren.
}
replica-lags = { $name } wendet Schreibvorgänge jetzt 45 s verspätet an; in 30 s sind seine Reports veraltet.
replica-catches-up = { $name } holt wieder auf.
partition-cut = Die Regionen sind getrennt. Jede behält ihre eigenen Shards (nur weil der Failsafe-Modus an ist; standardmäßig stuft Patroni alle drei EU-Leader herab, und EU-West wird schreibgeschützt); kein EU-Shard kann einen Failover machen.
partition-healed = Die Verbindung zwischen den Regionen steht wieder.
hot-user-starts = Benutzer 7777 sendet 300 zusätzliche Anfragen/s, alle an Shard { $shard }: mehr als dessen 150/s.
hot-user-calms = Der Hot-User beruhigt sich.
routing-now = { $routing ->
    [geo] Der Router leitet jetzt jeden Benutzer innerhalb seiner Heimatregion.
   *[global] Der Router hasht die Benutzer jetzt über alle sechs Shards, ohne Rücksicht auf ihre Region.
}
rate-now = Die Benutzer senden jetzt { $rate } Anfragen/s.
healed = Alles neu gestartet; die Ersatzknoten kopieren ihre Logs.

## Der Aussagenprüfer und der Statusbereich

claim-no-write-lost = Kein bestätigter Schreibvorgang verloren
claim-every-shard-writable = Jeder Shard beschreibbar
claim-eu-data-in-eu = Daten der EU-Benutzer bleiben in EU-West
claim-reports-by-replicas = Reports von Lesereplikaten binnen 30 s bedient
claim-holds = ✓ gilt: { $claim }
claim-broken = ✗ verletzt auf { $count ->
    [one] Shard
   *[other] den Shards
} { $list }: { $claim }
status-label = Clusterzustand
claim-checker = Aussagenprüfer
node-count-note = Die 18 des Kapitels sind die Voter; 6 × (1 Leader + 2 Follower + 3 Lesereplikate) ergibt 36, dazu 3 etcd-Knoten.
quorum-note = Ein Schreibvorgang wartet auf den Leader und 1 Follower (W = 2); der andere erhält ihn 1 s später. Lesevorgänge gehen an den Leader; Quorum-Lesevorgänge brauchen 2 laufende Voter.
clock = t = { $time } · { $ok } beantwortet, { $acked ->
    [one] 1 Schreibvorgang
   *[other] { $acked } Schreibvorgänge
} bestätigt, { $stale ->
    [one] 1 veralteter Report
   *[other] { $stale } veraltete Reports
}, { $failed } abgelehnt
etcd-up = etcd: { $up } von 3 { $up ->
    [one] läuft
   *[other] laufen
}
regions-partitioned = Regionen getrennt: US-East erreicht { $us } etcd-Knoten, EU-West { $eu }
no-failover-in = kein Failover möglich in { $region }
hot-user-flooding = Hot-User 7777 überflutet Shard { $shard }
summary-shard = Shard { $shard } – Leader: { $leader }; { $voters } Voter laufen, Schreiben: { $writes }, Lesen: { $reads }.
canvas-label = Zwei Regionen, sechs Shards aus je drei Votern und drei Lesereplikaten, drei etcd-Knoten; { $broken ->
    [0] alle Aussagen gelten
   *[other] verletzt: { $list }
}.

## Die Shard-Tabelle

shard-table = Shard-Tabelle
head-shard = Shard
head-leader = Leader
head-voters = Voter aktiv
head-writes = Schreiben (W=2)
head-reads = Quorum-Lesen (R=2)
head-lag = Replikatverzug
head-requests = Anfr./s
head-errors = Fehler/s
head-failover = Failover
shard-cell = { $n } ({ $region })
yes = ja
no = nein
leader-cell = { $state ->
    [leading] { $name }
    [demoted] { $name }, herabgestuft: nur lesbar (Failsafe)
    [stuck] keiner seit { $time }, kein etcd-Quorum
    [waiting] keiner seit { $time }
   *[none] keiner
}
replica-down = ausgefallen
replica-lag = { $lag }{ $stale ->
    [yes] {" "}veraltet
   *[no] {""}
}

## Die Zeichenfläche

mark-leader = L
mark-follower = F
mark-replica = R
users = Benutzer
etcd = etcd
no-etcd-quorum = kein Quorum: kein Failover
row-tag = { $tag ->
    [refusing] lehnt ab
    [writable] beschreibbar
    [read-only] nur lesbar
    [no-quorum] kein Quorum
   *[no-leader] kein Leader
}
row-load = { $requests }/s{ $errors ->
    [0] {""}
   *[other] , { $errors } ✕
}
node-button = { $name }: { $state ->
    [leader] Leader
    [follower] Follower
    [copying] kopiert das Log
    [lagging] verzögertes Lesereplikat
    [replica] Lesereplikat
    [etcd] etcd-Mitglied
   *[down] ausgefallen
}. Drücken Sie, um { $up ->
    [up] den Knoten zu beenden
   *[down] einen Ersatz zu starten
}.

## Die Steuerleiste

shard-faults = Shard-Fehler
shard-label = Shard
kill-leader = Leader beenden
kill-two = Zwei Knoten beenden
lag-replica = Lesereplikat verzögern
catch-replica-up = Replikat aufholen lassen
cluster-faults = Cluster-Fehler
partition-regions = Regionen trennen
heal-partition = Partition heilen
lose-etcd-quorum = etcd-Quorum nehmen
heal-etcd = etcd heilen
hot-user = Hot-User
stop-hot-user = Hot-User stoppen
heal-all = Alles heilen
rate-label = Anfragen/s
geo-routing = Geografisches Routing
