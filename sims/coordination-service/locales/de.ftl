# Die Wörter dieser Simulation auf Deutsch (siehe docs/translating.md): dieselben Namen wie in
# en.ftl; fehlt hier eine Nachricht, zeigt die Seite die englische.

## Die Seite: Titel, Bildschirmzusammenfassung, Hilfe, Legende

title = Koordinationsdienst
about-1 = Die obere Reihe ist das Koordinations-Ensemble (ZooKeeper- oder etcd-Server): Der Leader trägt eine Krone, ein abgestürzter Server ein Kreuz. Darunter stehen die Clients der Anwendung, jeder mit einem Ring, der zeigt, wie viel seiner Sitzung oder seines Leases er noch sicher weiß; in der Wahlszene steht rechts der Speicherdienst, den die Sperre schützt. Punkte sind Nachrichten unterwegs. Der Streifen unten ist die Zeitleiste: eine Bahn pro Prozess, eine Linie für jede Nachricht vom Senden bis zur Ankunft, die neueste rechts.
about-2 = Einstellungen: der Dienst (ZooKeeper oder etcd), die Szene (Leader-Wahl und Sperre oder Service Discovery), das Wahlrezept, die Zahl der Server und Clients, das Sitzungs-Timeout, Fencing an oder aus und die Länge einer GC-Pause. Schaltflächen lassen den Leader-Client abstürzen, pausieren den Sperrinhaber, lassen eine Instanz, einen Server oder eine Mehrheit abstürzen und starten alles neu. Jeder Server und jeder Client ist außerdem eine Schaltfläche, die ihn abstürzen lässt oder neu startet.
help-1 = Ein Koordinationsdienst ist eine kleine replizierte Datenbank (3 bis 7 Server), über die sich andere Programme einigen: wer Leader ist, wer eine Sperre hält, welche Instanzen leben. Jeder Schreibvorgang wartet auf eine Mehrheit seiner Server.
help-2 = Wahl: Lassen Sie den Leader-Client abstürzen und zählen Sie die Watch-Benachrichtigungen. Beobachten alle denselben Knoten (Herde), wacht jeder wartende Client auf; mit sequenziellen Knoten nur der nächste. Sperre: Pausieren Sie den Sperrinhaber länger als das Sitzungs-Timeout; seine Sitzung läuft ab, ein anderer Client übernimmt die Sperre, und der alte Inhaber wacht auf und schreibt trotzdem. Mit Fencing lehnt der Speicher sein älteres Token ab; ohne Fencing kommen beide Schreibvorgänge an.
help-3 = Discovery: Lassen Sie eine Instanz abstürzen und beobachten Sie, wie lange die Liste sie noch nennt: bis ihre Sitzung abläuft. Quorum: Lassen Sie eine Mehrheit der Server abstürzen, dann kann nichts mehr geschrieben oder verlängert werden; starten Sie sie neu, und der Dienst erholt sich.
help-4 = Leertaste spielt ab und pausiert; → läuft bis zur nächsten Nachricht oder zum nächsten Timer.
legend-1 = cs-req | → | Anfrage oder Antwort
legend-2 = cs-watch | ! | Watch-Benachrichtigung
legend-3 = cs-ping | · | Ping / Keep-alive
legend-4 = cs-raft | ≡ | zwischen Servern
legend-5 = cs-lost | ✗ | verloren oder abgelehnt

## Geführte Touren

tour-herd-or-sequential = Einen Leader wählen: die Herde oder sequenzielle Knoten

tour-herd-or-sequential-1 = Fünf Clients, ein Leader
tour-herd-or-sequential-1-text = Drei Server bilden das Ensemble (oben); fünf Anwendungs-Clients (darunter) konkurrieren um die Führung, indem sie einen einzigen ephemeren Knoten anlegen, /leader. Ein Client hat gewonnen; die anderen setzen eine Watch auf /leader und warten. Jeder Client hält seine Sitzung mit Heartbeats am Leben; sein Ring zeigt, wie viel vom Sitzungs-Timeout von 6 s noch bleibt.
tour-herd-or-sequential-1-predict = Der Leader-Client stürzt ab. Wie viele wartende Clients benachrichtigt das Ensemble?
tour-herd-or-sequential-1-answer = Alle: Jeder wartende Client beobachtet /leader, also wird jeder geweckt, um erneut darum zu wetteifern, und alle bis auf einen verlieren (der Herdeneffekt).

tour-herd-or-sequential-2 = Der Leader stürzt ab: eine Herde erwacht
tour-herd-or-sequential-2-text = Die Sitzung des Leaders lief 6 s nach seinem letzten Heartbeat ab, das Ensemble löschte seinen ephemeren Knoten, und alle Watches feuerten gleichzeitig. Jeder Client versuchte sofort, /leader anzulegen; einer gewann. Bei Hunderten von Clients ist es genau dieser Ansturm, der ein ZooKeeper-Ensemble überlastet.

tour-herd-or-sequential-3 = Sequenzielle Knoten
tour-herd-or-sequential-3-text = Dieselben fünf Clients, jetzt mit dem Rezept der sequenziellen Knoten: Jeder legt seinen eigenen nummerierten ephemeren Knoten an, die niedrigste Nummer führt, und jeder Client beobachtet nur den Knoten direkt unter seinem eigenen.
tour-herd-or-sequential-3-predict = Wenn der Leader jetzt abstürzt, wie viele Clients werden benachrichtigt?
tour-herd-or-sequential-3-answer = Einer: nur der Client, dessen Knoten als nächster an der Reihe war.

tour-herd-or-sequential-4 = Der Leader stürzt ab: ein Client erwacht
tour-herd-or-sequential-4-text = Eine Benachrichtigung pro Failover, gleich wie viele Clients es gibt: Der nächste in der Reihe sah den Knoten seines Vorgängers verschwinden, prüfte, dass er nun die niedrigste Nummer hatte, und übernahm. Die Erkennung dauerte trotzdem so lange wie das Sitzungs-Timeout: Ein Absturz fällt erst auf, wenn die Sitzung abläuft.

tour-herd-or-sequential-5 = Ohne Mehrheit bewegt sich nichts
tour-herd-or-sequential-5-text = Jetzt ist eine Mehrheit der Server ausgefallen. Das Ensemble kann keinen Schreibvorgang mehr bestätigen, also kann keine Sitzung verlängert und kein Leader gewählt werden: Ein Koordinationsdienst wählt Konsistenz statt Verfügbarkeit. Starten Sie die Server neu, und er erholt sich.

tour-fencing-token = Ein pausierter Sperrinhaber und das Fencing-Token

tour-fencing-token-1 = Ein Sperrinhaber schreibt
tour-fencing-token-1-text = Drei Clients; der Sperrinhaber schreibt in den Speicherdienst (rechts), und jeder Schreibvorgang trägt das Token der Sperre (die Version des Sperrknotens). Fencing ist aus: Der Speicher nimmt jeden Schreibvorgang an.

tour-fencing-token-2 = Eine lange GC-Pause
tour-fencing-token-2-text = Der Inhaber erstarrte in einer Garbage-Collection-Pause von 10 s. Seine Heartbeats blieben aus, seine Sitzung von 6 s lief ab, und die Sperre ging an einen anderen Client, der nun mit einem neueren Token schreibt.
tour-fencing-token-2-predict = Der pausierte Client weiß nicht, dass seine Sitzung abgelaufen ist. Was passiert, wenn er aufwacht?
tour-fencing-token-2-answer = Er glaubt weiter, die Sperre zu halten, und schreibt. Während er pausierte, hat ihm niemand etwas anderes gesagt.

tour-fencing-token-3 = Der alte Inhaber wacht auf und schreibt
tour-fencing-token-3-text = Der alte Inhaber wachte auf und schrieb mit seinem alten Token, und der Speicher nahm es an: Zwei Clients schrieben als Sperrinhaber, und der ältere überschrieb die Arbeit des neueren. Ein Sperrdienst allein kann einen pausierten Prozess nicht aufhalten.

tour-fencing-token-4 = Dasselbe mit Fencing-Tokens
tour-fencing-token-4-text = Derselbe Lauf mit Fencing: Der Speicher merkt sich das höchste Token, das er gesehen hat. Der Inhaber pausierte erneut, und die Sperre ging mit einem höheren Token weiter.

tour-fencing-token-5 = Der Speicher lehnt das alte Token ab
tour-fencing-token-5-text = Der alte Inhaber wachte auf und schrieb mit seinem alten Token; der Speicher lehnte ab, weil bereits mit einem höheren Token geschrieben worden war. Fencing lässt die Ressource selbst die Reihenfolge der Sperre prüfen.

tour-fencing-token-6 = Woher das Token kommt
tour-fencing-token-6-text = Das Token muss vom konsensgestützten Dienst kommen (eine ZooKeeper-zxid oder Knotenversion, eine etcd-Revision), der es hinter jede frühere Vergabe einordnet; ein Token aus einem Ausfalldetektor oder einer lokalen Uhr liefert keine solche Ordnung. Der Speicher muss es prüfen: Der Dienst kann nicht in einen pausierten Prozess hineingreifen.

## Namen, Tokens und Zeiten

-seine-sitzung = { $service ->
    [zookeeper] seine Sitzung
   *[etcd] sein Lease
}
-epoche = { $service ->
    [zookeeper] Epoche
   *[etcd] Term
}
scenario = { $scene ->
    [election] Wahl und Sperre
   *[discovery] Service Discovery
}
recipe = { $recipe ->
    [herd] { $service ->
        [zookeeper] Ein Leader-Znode
       *[etcd] Ein Leader-Schlüssel
    }
   *[sequential] { $service ->
        [zookeeper] Sequenzielle Znodes
       *[etcd] Geordnete Schlüssel
    }
}
token = { $service ->
    [zookeeper] zxid { $value }
   *[etcd] Revision { $value }
}
token-short = { $service ->
    [zookeeper] { $value }
   *[etcd] Rev. { $value }
}
server-short = S{ $n }
client-short = C{ $n }
storage-short = DB

## Erzählung

start = { $service }-Ensemble aus { $servers } Servern (ein Schreibvorgang braucht { $majority }). { $scene ->
    [election] Jeder Client kandidiert als Leader; der Leader hält die Sperre und schreibt mit seinem Fencing-Token in den Speicher.
   *[discovery] Die Clients registrieren sich als Instanzen des api-Dienstes; der letzte beobachtet die Liste, wie es ein Load Balancer täte.
}
reset = Zurückgesetzt.
paused = Pausiert. Drücken Sie →, um bis zur nächsten Nachricht oder zum nächsten Timer zu laufen.
running = Läuft.
nothing-scheduled = Nichts ist geplant: Jeder Prozess ist ausgefallen.
stepped = Weiter bis { $time }: eine Nachricht oder ein Timer, nichts Bemerkenswertes.
refuse-no-server = Diesen Server gibt es nicht.
refuse-no-client = Diesen Client gibt es nicht.
refuse-server-already = Dieser Server ist bereits in diesem Zustand.
refuse-client-already = Dieser Client ist bereits in diesem Zustand.
refuse-client-down = Ein abgestürzter Client kann nicht pausieren.
refuse-zero-pause = Eine Pause braucht eine Länge.
refuse-not-isolatable = Der Speicherdienst lässt sich nicht abschneiden.
refuse-no-change = Nichts zu ändern.
server-crashed = Server { $n } ist abgestürzt.
server-restarted = Server { $n } wurde als Follower neu gestartet.
leader-elected = Server { $n } hat die Mehrheit der Stimmen gewonnen: Er führt { -epoche } { $epoch }.
leader-ready = Server { $n } bedient Clients und startet jeden { $service ->
    [zookeeper] Sitzungs-Timer
   *[etcd] Lease-Timer
} neu.
leader-stepped-down = Server { $n } ist zurückgetreten: Er erreicht keine Mehrheit.
quorum-lost = Quorum verloren: keine Mehrheit der Server, also keine Schreibvorgänge und keine Verlängerungen.
quorum-regained = Eine Mehrheit der Server ist zurück: Eine Wahl kann gelingen.
isolated = { $kind ->
    [server] Server { $n }
    [client] Client { $n }
   *[storage] Der Speicher
} ist abgeschnitten.
network-healed = Alle Verbindungen stehen wieder.
client-crashed = Client { $n } ist abgestürzt; { $service ->
    [zookeeper] seine Sitzung besteht weiter, bis sie abläuft
   *[etcd] sein Lease besteht weiter, bis es abläuft
}.
client-restarted = Client { $n } wurde als neuer Prozess neu gestartet.
client-paused = Client { $n } ist in einer GC-Pause erstarrt und sendet nichts.
client-woke = Client { $n } ist aufgewacht, ohne zu wissen, dass Zeit vergangen ist.
session-expired = Das Ensemble hat { $service ->
    [zookeeper] die Sitzung
   *[etcd] das Lease
} { $session } von Client { $n } beendet: Seine ephemeren Knoten sind weg.
lease-lapsed = Die eigene Uhr von Client { $n } hat das Ende { $service ->
    [zookeeper] seiner Sitzung
   *[etcd] seines Leases
} überschritten: Er muss annehmen, alles verloren zu haben.
became-leader = Client { $n } ist Leader und hält die Sperre mit Token { $token }.
lost-leadership = Client { $n } führt nicht mehr: { $reason ->
    [lapsed] Seine eigene Uhr sagt, { -seine-sitzung } sei womöglich abgelaufen
    [expired] Das Ensemble sagt, { -seine-sitzung } sei abgelaufen
    [fenced] Der Speicher hat sein veraltetes Token abgelehnt
   *[crashed] Er ist abgestürzt
}.
write-rejected = Der Speicher hat den Schreibvorgang von Client { $n } abgelehnt: Token { $token } ist veraltet.
stale-write-landed = Der veraltete Schreibvorgang von Client { $n } mit Token { $token } ist angekommen: Zwei Sperrinhaber haben geschrieben, die Daten sind beschädigt.
member-joined = Der Beobachter sieht { $path } hinzukommen.
member-left = Der Beobachter sieht { $path } verschwinden.
fencing-now-on = Der Speicher prüft jetzt Fencing-Tokens.
fencing-now-off = Der Speicher prüft keine Fencing-Tokens mehr.

## Server und Clients auf der Zeichenfläche und ihre Schaltflächen

server-role = { $role ->
    [down] ausgefallen
    [leader] Leader
    [candidate] Kandidat
   *[follower] Follower
}
server-label = { server-role } { $service ->
    [zookeeper] E
   *[etcd] T
}{ $epoch }
client-state = { $state ->
    [crashed] abgestürzt
    [paused] GC-Pause { $left }
    [connecting] verbindet
    [leader] Leader
    [waiting] wartet
    [joining] kandidiert
    [registered] registriert
    [registering] meldet sich an
   *[watcher] sieht { $seen }
}
server-button = Server { $n }: { server-role }, { -epoche } { $epoch }. Drücken Sie, um ihn { $up ->
    [up] abstürzen zu lassen
   *[down] neu zu starten
}.
client-button = Client { $n }: { client-state }. Drücken Sie, um ihn { $up ->
    [up] abstürzen zu lassen
   *[down] neu zu starten
}.
ensemble-title = { $service } · { $servers } Server · Schreiben braucht { $majority }
no-quorum-mark = KEIN QUORUM
gc-badge = GC
storage-corrupt = Speicher: DEFEKT
storage-name = Speicher
fencing-on = Fencing an
fencing-off = Fencing aus
canvas-label = { $service }-Ensemble aus { $servers } Servern über { $clients } Anwendungs-Clients{ $scene ->
    [election] {" "}und dem Speicherdienst
   *[discovery] {""}
}, dazu eine Zeitleiste der Nachrichten zwischen ihnen.

## Der Statusbereich

status-label = Koordinationszustand
summary-clock = { $playing ->
    [yes] Läuft
   *[no] Pausiert
} bei { $time }.
ensemble-status = { $up } von { $servers } Servern { $up ->
    [one] läuft
   *[other] laufen
} (Mehrheit { $majority }): { $quorum ->
    [yes] Quorum ✓
   *[no] KEIN QUORUM ✗
}; { $leader ->
    [0] kein Leader aktiv
   *[other] Leader ist Server { $leader }, { -epoche } { $epoch }
}.
size-advice = Jeder Schreibvorgang wartet, bis { $majority } von { $servers } Servern ihn gespeichert haben; ein größeres Ensemble verkraftet also mehr Ausfälle ({ $tolerated }), schreibt aber langsamer. Empfohlen: 3 oder 5, höchstens 7.
lock-holder-item = Client { $n }, Fencing-Token { $token }{ $frozen ->
    [yes] {" "}(in einer GC-Pause erstarrt)
   *[no] {""}
}
lock-status = { $acting ->
    [0] { $holder ->
        [0] Sperrinhaber: niemand.
       *[other] Sperrinhaber: niemand aktiv; der Knoten von Client { $holder } (Token { $token }) besteht noch, aber der Client führt nicht mehr.
    }
    [one] Sperrinhaber: { $list }.
   *[other] { $acting } Clients glauben, die Sperre zu halten: { $list }.
}
storage-status = Speicher ({ $check ->
    [yes] prüft Tokens
   *[no] prüft keine Tokens
}): höchstes Token { $known ->
    [yes] { $highest }
   *[no] noch keines
}; { $accepted ->
    [one] 1 Schreibvorgang
   *[other] { $accepted } Schreibvorgänge
} angenommen, { $rejected } als veraltet abgelehnt, { $corrupt ->
    [0] 0 veraltete Schreibvorgänge angekommen
    [one] 1 veralteter Schreibvorgang angekommen (Daten beschädigt)
   *[other] { $corrupt } veraltete Schreibvorgänge angekommen (Daten beschädigt)
}.
round = { $first ->
    [yes] Erste Wahl
   *[no] Letzter Failover
}: { $notifications ->
    [one] 1 Watch-Benachrichtigung
   *[other] { $notifications } Watch-Benachrichtigungen
}, { $requests ->
    [one] 1 Anfrage
   *[other] { $requests } Anfragen
} von { $clients } Clients; { $winner ->
    [0] noch kein Leader
   *[other] Client { $winner } wurde nach { $took } Leader
}.
comparison = Benachrichtigungen pro Failover: Herde { $herd_known ->
    [yes] { $herd }
   *[no] noch nicht gemessen
}, sequenziell { $seq_known ->
    [yes] { $seq }
   *[no] noch nicht gemessen
}.
members = { $count ->
    [0] Der Beobachter sieht keine api-Instanzen.
    [one] Der Beobachter sieht 1 api-Instanz: { $list }.
   *[other] Der Beobachter sieht { $count } api-Instanzen: { $list }.
}
departure = { $path }: { $down ->
    [none] noch nicht abgestürzt
   *[other] abgestürzt bei { $down }
}, { $removed ->
    [none] noch nicht vom Ensemble gelöscht
   *[other] vom Ensemble gelöscht bei { $removed }
}, { $seen ->
    [none] noch nicht aus der Liste des Beobachters verschwunden
   *[other] aus der Liste des Beobachters verschwunden bei { $seen }
}.
departure-window = { $gap } lang nannte die Liste noch eine tote Instanz (Timeout { $ttl }).
no-departure = Noch keine Instanz ist gegangen: Lassen Sie eine abstürzen und messen Sie, wie lange die Liste sie noch nennt.

## Die Steuerleiste

next-event = Nächstes Ereignis
scene-actions = Szenenaktionen
crash-leader-client = Leader-Client abstürzen lassen
pause-holder = Sperrinhaber pausieren
crash-instance = api-Instanz abstürzen lassen
crash-leader-server = Leader-Server abstürzen lassen
lose-quorum = Mehrheit abstürzen lassen
restart-all = Alles neu starten
blocked-no-leader = Gerade führt kein Client.
blocked-no-instance = Keine api-Instanz läuft.
blocked-no-server-leader = Gerade führt kein Server.
blocked-no-quorum = Eine Mehrheit ist bereits ausgefallen.
blocked-all-up = Alles läuft bereits.
gc-pause = GC-Pause
service = Dienst
servers = Server
scene = Szene
recipe-label = Rezept
fencing-switch = Fencing-Tokens vom Speicher geprüft
clients = Clients
clients-value = { $n } Anwendungs-Clients
ttl-label = { $service ->
    [zookeeper] Sitzungs-Timeout
   *[etcd] Lease-TTL
}
store-title = { $service ->
    [zookeeper] Znodes (auf dem Leader)
   *[etcd] Schlüssel (auf dem Leader)
}
store-row = { $path } ({ $owner ->
    [0] persistent
   *[other] { $service ->
        [zookeeper] ephemer, Sitzung von Client { $owner }
       *[etcd] Lease von Client { $owner }
    }
}; { $service ->
    [zookeeper] czxid { $stamp }
   *[etcd] Erstell-Rev. { $stamp }
})
