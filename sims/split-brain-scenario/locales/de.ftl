# Die Wörter dieser Simulation auf Deutsch: dieselben Namen wie in en.ftl; fehlt hier eine
# Nachricht, zeigt die Seite die englische.

## Die Seite: Titel, Bildschirmzusammenfassung, Hilfe

title = Split-Brain-Szenario
about-1 = Das Bild zeigt drei Datenbankknoten in einem Dreieck mit den Verbindungen zwischen ihnen und den Client, der den Kontostand des Benutzers schreibt. Der Leader trägt eine Krone. Jeder Knoten zeigt seinen Kontostand, seinen Term oder sein Fencing-Token und ob er abgeschnitten ist. Getrennte Verbindungen sind gestrichelt. Wandernde Punkte sind Nachrichten: Abgleiche und Schreibvorgänge, im Raft-Modus auch die Stimmen. Ein Banner meldet einen Konflikt, nachdem die Partition geheilt ist.
about-2 = „Netz partitionieren“ schneidet Knoten 1 ab, „Partition heilen“ fügt den Cluster wieder zusammen; Schreibvorgänge der Clients gehen an den Knoten, den der Client erreicht. „Failover-Verfahren“ wählt zwischen naivem Monitor, Raft-Mehrheit und Fencing-Tokens, mit einem STONITH-Schalter; der Regler für die Uhrenabweichung lässt die Uhr von Knoten 1 vor- oder nachgehen. Die Marken zum Trennen und Heilen auf jeder Verbindung sind Schaltflächen. Pause, „Vorspulen“ und „Zurücksetzen“ steuern die Uhr; wird ein Konflikt angezeigt, lösen ihn Schaltflächen auf: per Last-Write-Wins, indem der Wert eines Knotens behalten wird, oder mit einem eingegebenen zusammengeführten Wert.
help-1 = Drei Knoten replizieren einen Schlüssel, den Kontostand des Benutzers. Knoten 1 führt (die Krone). „Netz partitionieren“ schneidet Knoten 1 ab; nach dem Heartbeat-Timeout befördert ein Monitor Knoten 2, und beide Knoten nehmen Schreibvorgänge an: Split-Brain. „Partition heilen“ bringt den Abgleich und das Banner KONFLIKT ERKANNT.
help-2 = Failover-Verfahren: Der naive Monitor zeigt das Problem; die Raft-Mehrheit braucht 2 von 3 Stimmen, um zu führen und um zu committen, also committet der abgeschnittene Leader nichts; das Fencing-Token lässt den Speicher die Schreibvorgänge des alten Leaders abweisen (STONITH schaltet ihn vorher aus).
help-3 = Klicken Sie auf die Marken zum Trennen und Heilen auf den Verbindungen (oder erreichen Sie sie mit Tab), um anders zu partitionieren, zum Beispiel um Knoten 3 zu isolieren. Die Uhr läuft nur, solange etwas ansteht; Pause hält sie an, „Vorspulen“ springt zum nächsten Ereignis.

## Geführte Touren

tour-two-leaders = Zwei Leader: naives Failover

tour-two-leaders-1 = Ein Leader, zwei Follower
tour-two-leaders-1-text = Drei Datenbankknoten; Knoten 1 führt (Krone) und repliziert den Kontostand des Benutzers auf die beiden anderen. Das Failover ist naiv: Ein Monitor befördert ein Replikat, sobald er die Heartbeats des Leaders nicht mehr hört, ohne Abstimmung und ohne Mehrheit.
tour-two-leaders-1-predict = eine Partition schneidet Knoten 1 von Knoten 2 und 3 ab. Wie viele Leader wird es geben?
tour-two-leaders-1-answer = zwei. Der Monitor hört Knoten 1 nicht mehr und befördert Knoten 2, während Knoten 1, abgeschnitten, aber am Leben, weiterhin glaubt, er führe.

tour-two-leaders-2 = Die Partition: ein zweiter Leader
tour-two-leaders-2-text = Split-Brain: Auf jeder Seite gibt es einen Knoten, der sich für den Leader hält. Keiner kann einen abgestürzten Leader von einem unerreichbaren unterscheiden.

tour-two-leaders-3 = Beide Seiten nehmen einen Schreibvorgang an
tour-two-leaders-3-text = Auf jeder Seite schreibt ein Client den Kontostand, und jeder Leader bestätigt seinen Schreibvorgang: Zwei Clients wurde „fertig“ gemeldet, für verschiedene Werte desselben Schlüssels.

tour-two-leaders-4 = Das Heilen deckt den Konflikt auf
tour-two-leaders-4-text = Das Netz ist geheilt, und die beiden Geschichten treffen aufeinander: Derselbe Kontostand hat zwei bestätigte Werte. Im naiven Modus werden Schreibvorgänge angehalten, bis jemand den Konflikt auflöst.
tour-two-leaders-4-predict = was geschieht bei Last-Write-Wins mit dem anderen bestätigten Schreibvorgang?
tour-two-leaders-4-answer = er wird verworfen, stillschweigend: Seinem Client wurde der Erfolg gemeldet.

tour-two-leaders-5 = Last-Write-Wins verliert einen Schreibvorgang
tour-two-leaders-5-text = Last-Write-Wins behielt den Wert mit dem späteren Zeitstempel und verwarf den anderen, obwohl seinem Client „fertig“ gemeldet worden war. Nachträgliches Auflösen kann Split-Brain nicht ungeschehen machen; verhindern lässt es sich nur mit einer Mehrheitsregel (nächste Tour).

tour-majorities-and-tokens = Wie Raft und Fencing-Tokens den alten Leader aufhalten

tour-majorities-and-tokens-1 = Raft: ein Leader in Term 1
tour-majorities-and-tokens-1-text = Dieselben drei Knoten unter Raft: Knoten 1 führt in Term 1. Ein Leader braucht eine Mehrheit (2 von 3), um gewählt zu werden und um jeden Schreibvorgang zu committen.

tour-majorities-and-tokens-2 = Zwei Kronen, zwei Terms
tour-majorities-and-tokens-2-text = Die Partition ließ Knoten 2 und 3 ohne Heartbeats; bei Knoten 2 lief das Timeout ab, er gewann beide Stimmen auf seiner Seite und führt in Term 2. Knoten 1, abgeschnitten, glaubt weiterhin, in Term 1 zu führen: zwei Kronen, aber in verschiedenen Terms.
tour-majorities-and-tokens-2-predict = ist das Split-Brain? Können beide Leader Schreibvorgänge committen?
tour-majorities-and-tokens-2-answer = nein. Raft verspricht höchstens einen Leader pro Term, und ein Commit braucht eine Mehrheit: Knoten 1 erreicht nur sich selbst, einen Knoten von dreien.

tour-majorities-and-tokens-3 = Nur die Mehrheit committet
tour-majorities-and-tokens-3-text = Beide Clients haben geschrieben. Die Mehrheitsseite hat ihren Schreibvorgang committet; Knoten 1 hat seinen gespeichert, konnte aber nie eine Mehrheit erreichen, daher lief sein Client in ein Timeout.
tour-majorities-and-tokens-3-predict = der Client, dessen Schreibvorgang ins Timeout lief: Wurde sein Kontostand gespeichert oder nicht?
tour-majorities-and-tokens-3-answer = er kann es nicht wissen. Ein Timeout bedeutet, dass das Ergebnis für den Client unbekannt ist (hier wurde er nie committet, aber ein Schreibvorgang mit Timeout kann später noch committet werden); der Client muss idempotent wiederholen oder den Wert zurücklesen.

tour-majorities-and-tokens-4 = Heilen: Der alte Leader tritt zurück
tour-majorities-and-tokens-4-text = Die Partition ist geheilt. Knoten 1 sah den höheren Term 2, trat zurück und ersetzte seinen nicht committeten Eintrag durch das Log des Leaders: wieder ein einziger Leader, und kein bestätigter Schreibvorgang ging verloren. (Ohne CheckQuorum oder Leases kann ein abgeschnittener Leader weiterhin veraltete Lesevorgänge bedienen, solange er glaubt zu führen.)

tour-majorities-and-tokens-5 = Fencing-Tokens am Speicher
tour-majorities-and-tokens-5-text = Fencing-Modus: Der Monitor befördert weiterhin einen zweiten Leader, aber jeder Schreibvorgang trägt das Token seines Leaders, und der gemeinsame Speicher lehnt ein Token ab, das niedriger ist als das höchste, das er gesehen hat. Der Schreibvorgang des alten Leaders wurde abgelehnt. Das Token muss von einem konsensgestützten Dienst (ZooKeeper, etcd) kommen, nicht vom Monitor selbst.

## Namen, Beträge und Generationen

node-name = Knoten { $n }
nodes = { $count ->
        [0] kein Knoten
       *[other] Knoten { $list }
    }
money = { $sign ->
        [minus] -{ $v } $
       *[plus] { $v } $
    }
term-word = { $mode ->
        [raft] Term
        [fencing] Token
       *[naive] Epoche
    }
generation = { $mode ->
        [raft] Term
        [fencing] Token
       *[naive] Epoche
    } { $n }
node-generation = { $node } ({ $generation })
mode-label = { $mode ->
        [raft] Raft-Mehrheit
        [fencing] Fencing-Token / STONITH
       *[naive] Naiver Monitor
    }
write-label = Schreibvorgang { $w }
entry-initial = Anfangsstand
entry-resolution = manuelle Auflösung
entry-value = { $entry } ({ $value })
value-entry = { $value } ({ $entry })

## Erzählung: Ablehnungen

refused-partitioned = Knoten 1 ist bereits von Knoten 2 und 3 abgeschnitten.
refused-nothing-to-heal = Alle Verbindungen stehen bereits.
refused-no-such-link = Es gibt keine Verbindung zwischen { $a } und { $b }; eine Verbindung verbindet zwei verschiedene der Knoten 1 bis 3.
nothing-notable = In den nächsten { $s } s geschieht nichts Bemerkenswertes; der Cluster bleibt, wie er ist.
refused-conflict-waiting = Der Cluster lehnt Schreibvorgänge ab, bis der Konflikt aufgelöst ist.
refused-too-many = Dieser Lauf hat bereits { $max } Schreibvorgänge; drücken Sie „Zurücksetzen“, um neu zu beginnen.
refused-spec-underway = Die beiden vorgegebenen Schreibvorgänge sind bereits unterwegs.
refused-no-such-node = Es gibt keinen { $node }; der Cluster hat die Knoten 1 bis 3.
refused-no-conflict = Es gibt keinen Konflikt aufzulösen.
refused-already-running = { $node } läuft bereits.

## Erzählung: das Netz, die Uhr, Verfahren und Zurücksetzen

partitioned = Partition: Die Verbindungen von { $leader ->
        [yes] Knoten 1 (dem Leader)
       *[no] Knoten 1
    } zu Knoten 2 und 3 sind getrennt. Heartbeats und Replikation von Knoten 1 kommen nicht mehr durch.
healed = Heilen: Alle Verbindungen stehen wieder.
healed-sync = Die Leader beider Seiten schicken einander einen Abgleich.
link-healed = Die Verbindung { $a }–{ $b } ist geheilt.
link-cut = Die Verbindung { $a }–{ $b } ist getrennt.
cut-off = { $nodes } { $count ->
        [one] ist
       *[other] sind
    } von den anderen abgeschnitten.
skipped-at-once = Als Nächstes, sofort:
skipped-ahead = { $time } vorgespult.
advance-clamped = Die Zeit rückt pro Schritt höchstens { $max } vor; sie rückte { $moved } vor.
mode-set = Failover-Verfahren „{ $mode }“: Der Lauf beginnt von vorn, Knoten 1 führt.
reset = Zurückgesetzt: Alle Verbindungen stehen, Knoten 1 führt, und jeder Knoten hält { $balance }.
reset-done = Zurückgesetzt.

## Erzählung: Einstellungen und gesendete Schreibvorgänge

balance-limited = Kontostände sind auf ±{ $max } begrenzt; der Schreibvorgang setzt { $value }.
write-scheduled = { $write } (Kontostand = { $value }) erreicht { $node } in { $time }.
skew-limited = Die Uhrenabweichung ist auf ±{ $max } begrenzt.
stonith-set = STONITH ist { $on ->
        [on] an
       *[off] aus
    }; es gilt { $applies ->
        [yes] ab dem nächsten Failover
       *[no] nur im Fencing-Modus
    }.
powered-on-told = { $node } wird eingeschaltet und kehrt als Replikat zurück; der Speicher teilt ihm mit, dass { $leader } das neueste Token hält.
powered-on = { $node } wird eingeschaltet und kehrt als Replikat zurück.
skew-exact = Die Uhr von Knoten 1 geht genau; Schreibvorgänge, die Knoten 1 ab jetzt stempelt, tragen die wahre Zeit.
skew-fast = Die Uhr von Knoten 1 geht jetzt { $by } vor; Schreibvorgänge, die Knoten 1 ab jetzt stempelt, wirken um so viel neuer.
skew-slow = Die Uhr von Knoten 1 geht jetzt { $by } nach; Schreibvorgänge, die Knoten 1 ab jetzt stempelt, wirken um so viel älter.

## Erzählung: Ein Schreibvorgang erreicht einen Knoten

arrival-intro = { $write } (Kontostand = { $value }) erreicht { $node }{ $redirect ->
        [yes] , ein Replikat, das den Client an seinen Leader { $leader } verweist
       *[no] {""}
    }
arrival-powered-off = { $intro }, aber { $node } ist ausgeschaltet: Der Client erhält keine Antwort, und der Schreibvorgang wird abgelehnt.
arrival-frozen = { $intro }, aber der Cluster lehnt Schreibvorgänge ab, bis der Konflikt aufgelöst ist.
arrival-no-leader = { $intro }, aber { $candidate ->
        [yes] er ist Kandidat in einer Wahl, und es gibt noch keinen Leader
       *[no] er ist ein Replikat und kennt keinen Leader
    }: Der Schreibvorgang wird abgelehnt.
arrival-acknowledged = { $intro }. { $leader } protokolliert ihn mit dem Zeitstempel { $time } und bestätigt ihn sofort; { $count ->
        [0] er erreicht keinen anderen Knoten.
       *[other] er schickt den Schreibvorgang an { $replicas }.
    }
arrival-token-refused = { $intro }. { $leader } reicht ihn mit Token { $token } an den Speicher weiter, doch der Speicher hat bereits Token { $highest } gesehen und lehnt ihn ab. { $leader } erfährt, dass er ersetzt wurde, und tritt zurück; er wartet auf Nachricht vom neuen Leader.
arrival-token-accepted = { $intro }. { $leader } reicht ihn mit Token { $token } an den Speicher weiter; es ist das neueste, also nimmt der Speicher ihn an, und dem Client wird der Erfolg gemeldet.
arrival-appended = { $intro }. { $leader }, Leader von Term { $term }, hängt ihn an Index { $index } an{ $count ->
        [0] , erreicht aber keinen anderen Knoten und kann dafür daher nie eine Mehrheit sammeln, solange er abgeschnitten ist.
       *[other] {" "}und sendet ihn an { $replicas }; er antwortet dem Client, sobald eine Mehrheit ihn speichert.
    }

## Erzählung: der Monitor

promoted-silent = { $nodes } { $count ->
        [one] hat
       *[other] haben
    } { $time } lang nichts von { $known ->
        [yes] { $lost }
       *[no] irgendeinem Leader
    } gehört.
promoted-stonith = STONITH: Der Monitor schaltet { $node } zuerst über dessen Stromschalter aus.
promoted = { $mode ->
        [fencing] Der Monitor befördert { $node }: neu gewählter Leader mit dem Fencing-Token { $epoch }, das der Speicher nun verlangt.
       *[naive] Der Monitor befördert { $node }: neu gewählter Leader (Epoche { $epoch }).
    }
still-leading = { $mode ->
        [fencing] { $node } glaubt weiterhin, Leader zu sein, doch sein Token { $term } ist nun veraltet.
       *[naive] { $node } glaubt ebenfalls weiterhin, Leader zu sein: zwei Leader, Split-Brain.
    }
follows = { $node } folgt jetzt { $leader } ({ $generation }) und kopiert dessen Log.
yields-to-token = { $node } hört von { $other }, der das neuere Token { $token } hält, und tritt zurück. Kein Konflikt: Der Speicher hat jeden Schreibvorgang mit dem alten Token { $old } abgelehnt.
takes-writes = { $node } übernimmt die Schreibvorgänge, die { $other } während der Trennung angenommen hat; kein Konflikt, da nur eine Seite Schreibvorgänge angenommen hat.
yields-to-epoch = { $node } hört von { $other }, dem Leader der neueren Epoche { $epoch }, und tritt zurück. Kein Konflikt: { $agree ->
        [yes] Ihre Logs stimmen überein
       *[no] Nur eine Seite hat während der Trennung Schreibvorgänge angenommen
    }.
write-lost = { $write } ({ $value }) wurde seinem Client bestätigt, doch kein Knoten hält ihn mehr: Er ist stillschweigend verloren.
pointed-at = Der Monitor von { $node } findet { $leader } bereits als Leader vor und verweist { $node } an ihn.
converged = Die Logs weichen nicht mehr voneinander ab; jeder Knoten übernimmt das längste.

## Erzählung: Raft

candidacy = { $retry ->
        [yes] Die Wahl von { $node } für Term { $previous } hat nicht rechtzeitig einen Sieger gefunden
       *[no] { $node } hat { $time } lang keinen Leader gehört
    }: { $node } wird Kandidat für Term { $term } und stimmt für sich selbst{ $count ->
        [0] , erreicht aber keinen anderen Knoten und kann daher nicht gewinnen.
       *[other] {" "}und bittet { $asked } um Stimmen.
    }
stale-leader-steps-down = { $node } sieht Term { $term }, der neuer ist als sein eigener Term { $old }, und tritt zurück: Er war ein veralteter Leader.
candidacy-dropped = { $node } sieht Term { $term } und gibt seine Kandidatur für Term { $old } auf.
voted = { $voter } stimmt in Term { $term } für { $candidate }.
vote-refused = { $voter } verweigert { $candidate } die Stimme für Term { $term }: { $reason ->
        [voted] Er hat in diesem Term bereits für { $other } gestimmt
       *[log] Sein eigenes Log ist aktueller
    }.
candidacy-ends = { $node } hört von { $leader }, dem Leader von Term { $term }, und beendet seine Kandidatur.
elected = { $node } gewinnt Term { $term } mit den Stimmen von { $voters }: { $votes } von { $total }, eine Mehrheit. Er sendet sofort Heartbeats.
elected-stale = { $node } glaubt noch, Term { $term } zu führen, kann aber ohne Mehrheit nichts committen.
entry-with-term = { $entry } ({ $value }, Term { $term })
discarded = { $node } verwirft nicht committete Einträge, { $entries }: Der Leader von Term { $term } hält dort andere Einträge, und { $leader } überschreibt sie. Kein Konflikt aufzulösen: Ein nicht committeter Schreibvorgang wurde nie als Erfolg gemeldet.
write-committed = { $write } ({ $value }) ist committet: Eine Mehrheit der Knoten speichert ihn, also wendet { $leader } ihn an und meldet dem Client den Erfolg.
committed-late = { $write } ({ $value }) ist doch noch committet, obwohl sein Client bereits aufgegeben hat: Eine Wiederholung darf ihn nicht zweimal anwenden.
gave-up-committed = Der Client von { $write } gibt nach { $time } ohne Antwort von { $known ->
        [yes] { $leader }
       *[no] seinem Leader
    } auf, obwohl ein neuerer Leader den Schreibvorgang committet hat: Der Client kann das nicht erkennen.
gave-up = Der Client von { $write } gibt nach { $time } auf: Für den Client ist das Ergebnis unbekannt, denn ein Timeout sagt nicht, ob der Schreibvorgang committet wurde. In diesem Lauf bekam { $known ->
        [yes] { $leader }
       *[no] sein Leader
    } nie eine Mehrheit zusammen, die ihn speichert, also wurde er nie committet; ein echter Client muss idempotent wiederholen oder den Wert zurücklesen, um es herauszufinden.

## Erzählung: Konflikte und ihre Auflösung

conflict = { $a } und { $b } tauschen einen Abgleich aus: KONFLIKT ERKANNT. { $sides }. Welcher Schreibvorgang gewinnt? Schreibvorgänge werden abgelehnt, bis ein Operator entscheidet.
conflict-side = { $nodes } { $count ->
        [one] hält
       *[other] halten
    } { $value } ({ $entry })
lww-resolved = Last-Write-Wins vergleicht Zeitstempel: { $entry }, von { $node } mit { $time } gestempelt, ist der neueste, also hält jetzt jeder Knoten { $value }.
lww-loser = { $entry } ({ $value }, gestempelt { $time })
lww-lost = { $losers } { $count ->
        [one] ist stillschweigend verloren, obwohl seinem Client der Erfolg gemeldet wurde.
       *[other] sind stillschweigend verloren, obwohl ihren Clients der Erfolg gemeldet wurde.
    }
lww-skew = Die Uhrenabweichung hat entschieden: { $entry } wurde mit { $stamped } gestempelt, geschah aber tatsächlich bei { $real }, vor dem Schreibvorgang, den er überschrieb. Der ältere Schreibvorgang hat gewonnen.
manual-resolved = Manuelle Auflösung: Der Operator setzt Kontostand = { $value }. { $kept } bleiben als Verlauf in jedem Log, gefolgt von der Auflösung; alle Knoten halten nun dasselbe Log.

## Beschriftungen der Nachrichten unterwegs (voll und kurz für schmale Zeichenflächen)

cap-heartbeat = Heartbeat (Epoche { $epoch })
cap-sync = Abgleich (Epoche { $epoch })
cap-sync-short = Abgleich
cap-request-vote = RequestVote (Term { $term })
cap-request-vote-short = RequestVote t{ $term }
cap-vote = Stimme { $granted ->
        [yes] erteilt
       *[no] verweigert
    } (Term { $term })
cap-vote-short = Stimme { $granted ->
        [yes] ✓
       *[no] ✗
    } t{ $term }
cap-append-heartbeat = AppendEntries-Heartbeat (Term { $term })
cap-append-heartbeat-short = AppendEntries
cap-append = AppendEntries: { $names } (Term { $term })
cap-append-short = AppendEntries { $letters } t{ $term }
cap-ack = Ack (stimmt bis { $index } überein)
cap-nack = Nack (Logs weichen ab)

## Die Knoten auf der Zeichenfläche: Rollen, Abzeichen, Timer, Log-Tabellen, Speicher

role = { $role ->
        [leader] Leader
        [candidate] Kandidat
        [follower] Follower
       *[replica] Replikat
    }
role-line = { $role } · { $generation }
role-line-short = { $role } { $generation }
role-powered-off = Ausgeschaltet (STONITH)
badge-off = AUS
badge-elected = Neu gewählter Leader
badge-votes = Stimmen { $votes }/{ $total }
badge-no-majority = keine Mehrheit: kein Commit
badge-voted-for = stimmte für { $node }
badge-fenced = ausgesperrt: altes Token
badge-stale-token = veraltetes Token { $token }
badge-token = Token { $token }
badge-clock = Uhr { $sign }{ $time }
timer-badge = { $raft ->
        [yes] Wahl
       *[no] Timeout
    } { $elapsed }/{ $timeout } s
cell-start = Start
cell-manual = manuell
earlier-rows = +{ $hidden } frühere
log-write = Eintrag
log-balance = Stand
summary-entry = { $entry } { $value } ({ $generation }{ $stamped ->
        [yes] , gestempelt { $time }
       *[no] {""}
    }{ $committed ->
        [yes] {""}
       *[no] , nicht committet
    })
node-summary = { $node }: { $role }{ $count ->
        [0] {""}
       *[other] {" "}({ $badges })
    }, Kontostand { $value }. Log: { $log }.
partition-caption = Partition
link-mark-cut = trennen
link-mark-heal = heilen
storage-name = Gemeinsamer Speicher
storage-name-short = Speicher
storage-name-token = Gemeinsamer Speicher · Token ≥ { $highest }
storage-name-token-short = Speicher · Token ≥ { $highest }
storage-refused = { $rejected ->
        [one] { $rejected } veralteten Schreibvorgang abgelehnt
       *[other] { $rejected } veraltete Schreibvorgänge abgelehnt
    }
storage-refused-short = ✗ { $rejected } abgelehnt
storage-token = Token ≥ { $highest }
storage-needs-token = verlangt Token ≥ { $highest }

## Die Schreibvorgänge der Clients: ihre Kästen auf der Zeichenfläche, ihre Zeilen auf der Seite

ws-on-way = unterwegs…
ws-pending = wartet auf eine Mehrheit…
ws-pending-short = wartet…
ws-acked = ✓ bestätigt
ws-acked-short = ✓ bestätigt
ws-committed = ✓ committet
ws-stale = ✗ abgelehnt: Token { $token } < { $highest }
ws-rejected-short = ✗ abgelehnt
ws-powered-off = ✗ keine Antwort: ausgeschaltet
ws-powered-off-short = ✗ keine Antwort
ws-no-leader = ✗ abgelehnt: kein Leader
ws-refused-short = ✗ abgelehnt
ws-frozen = ✗ abgelehnt: Konflikt offen
ws-timed-out = ? Timeout: Ergebnis unbekannt
ws-timed-out-short = ? Timeout
ws-late = committet nach dem Timeout
ws-late-short = später Commit
ws-lost = ✗ bestätigt, dann verloren
ws-lost-short = ✗ verloren
write-caption = { $write }: Kontostand = { $value }
write-caption-short = { $write }: { $value }
unsent = Client { $client }: noch nicht gesendet
unsent-short = noch nicht gesendet
write-line = { $write }: Kontostand = { $value } → { $node }{ $redirected ->
        [yes] {" "}(umgeleitet an { $leader })
       *[no] {""}
    }: { $status }
status-on-way = unterwegs
status-pending = wartet auf eine Mehrheit
status-acked = bestätigt
status-committed = committet
status-rejected = abgelehnt: { $reason }
status-timed-out = Timeout (Ergebnis für den Client unbekannt)
status-late = committet, nachdem der Client ins Timeout lief
status-lost = bestätigt, dann stillschweigend verloren
reason-powered-off = Knoten ausgeschaltet
reason-no-leader = kein Leader bekannt
reason-stale = veraltetes Token { $token } < { $highest }
reason-frozen = wartet auf die Auflösung des Konflikts
lww-wins = gewinnt
lww-lost-word = verloren
res-lww = Last-Write-Wins: { $winner } hat den neuesten Zeitstempel und gewinnt.
res-lww-lost = { $lost } { $count ->
        [one] wurde seinem Client bestätigt und ging dann stillschweigend verloren.
       *[other] wurden ihren Clients bestätigt und gingen dann stillschweigend verloren.
    }
res-skew = Der ältere Schreibvorgang hat gewonnen: Die Uhr von Knoten 1 geht { $time } { $fast ->
        [yes] vor
       *[no] nach
    }.
res-manual = Manuelle Auflösung: Jeder Knoten hält { $value }; { $count ->
        [0] die abweichenden Schreibvorgänge
       *[other] { $names }
    } bleiben als Verlauf in jedem Log.
balance-empty = Geben Sie einen Kontostand in ganzen Dollar ein, zum Beispiel 625.
balance-not-digit = Nur Ziffern: „{ $bad }“ ist keine Ziffer. Geben Sie ganze Dollar ein, zum Beispiel 625.
balance-clamped = Kontostände reichen bis { $max } $; verwendet wird { $max } $.

## Wo die Geschichte steht: Statuszeile, Hinweise, Gründe, Bildschirmzusammenfassung

status-conflict = KONFLIKT ERKANNT: { $sides }. Welcher Schreibvorgang gewinnt?
status-conflict-bare = KONFLIKT ERKANNT.
status-electing = Wahl für Term { $term }: { $nodes } { $count ->
        [one] bittet
       *[other] bitten
    } um Stimmen.
status-timer-raft = Wahl-Timer: { $node } hat seit { $elapsed } keinen Leader gehört, bei einem Timeout von { $timeout }.
status-timer = Heartbeat-Timeout: { $node } hat seit { $elapsed } von { $timeout } nichts von seinem Leader gehört.
status-partitioned = { $count ->
        [one] Verbindung
       *[other] Verbindungen
    } { $cut } getrennt; { $known ->
        [yes] { $node } führt ({ $generation }), und kein Timer läuft ab
       *[no] kein Knoten führt
    }.
status-stable = { $node } führt ({ $generation }) und erreicht jeden Knoten; alle Verbindungen stehen.
status-stable-none = Kein Knoten führt; alle Verbindungen stehen.
split-naive = Split-Brain: { $list } { $count ->
        [2] glauben beide, Leader zu sein, und nehmen beide Schreibvorgänge an
       *[other] glauben alle, Leader zu sein, und nehmen alle Schreibvorgänge an
    }.
split-raft = { $list } { $count ->
        [2] treten beide
       *[other] treten alle
    } als Leader auf, doch eine Mehrheit ist bereits zu Term { $term } übergegangen: Nur { $top } kann committen, und ein veralteter Leader kann nie wieder eine Mehrheit sammeln.
split-raft-none = { $list } treten als Leader auf.
split-fencing = { $list } { $count ->
        [2] treten beide
       *[other] treten alle
    } als Leader auf, doch der Speicher nimmt nur Token { $token } an.
start = Failover-Verfahren: { $mode }. { $status } Jeder Knoten hält einen Kontostand von 100 $. Drücken Sie „Netz partitionieren“, um zu beginnen.
paused = Pausiert: Die Uhr steht still, bis Sie „Abspielen“ drücken („Vorspulen“ funktioniert weiterhin).
playing = Läuft: Die Uhr läuft, sobald etwas ansteht.
heal-nothing = Alle Verbindungen stehen: Es gibt nichts zu heilen.
writes-too-many = Dieser Lauf hat bereits { $max } Schreibvorgänge; drücken Sie „Zurücksetzen“.
writes-on-way = { $write } ist noch unterwegs zu { $node }.
writes-cannot = Die beiden Schreibvorgänge können jetzt nicht gesendet werden.
skew-value = { $dir ->
        [fast] Die Uhr von Knoten 1 geht { $s } Sekunden vor
        [slow] Die Uhr von Knoten 1 geht { $s } Sekunden nach
       *[exact] Die Uhr von Knoten 1 geht genau
    }; Knoten 1 stempelt neue Schreibvorgänge mit seiner eigenen Zeit
why-raft = Kein Konflikt aufzulösen: Raft committet einen Schreibvorgang erst, wenn eine Mehrheit ({ $majority } von { $total } Knoten) ihn speichert; ein allein abgeschnittener Leader committet also nichts, und nie haben beide Seiten Erfolg.
why-raft-timed-out = Kein Konflikt aufzulösen: Raft committet einen Schreibvorgang erst, wenn eine Mehrheit ({ $majority } von { $total } Knoten) ihn speichert. Der veraltete Leader erreichte keine Mehrheit, daher { $count ->
        [one] wurde { $writes } nie committet, und sein Client lief
       *[other] wurden { $writes } nie committet, und ihre Clients liefen
    } in ein Timeout, statt „fertig“ zu hören; das Ergebnis ist für den Client unbekannt, er muss idempotent wiederholen oder den Wert zurücklesen.
why-healed = Nach dem Heilen sah der alte Leader Term { $term }, trat zurück und übernahm das Log des neuen Leaders: eine einzige Geschichte, nichts zusammenzuführen.
why-fencing-stale = Kein Konflikt aufzulösen: Die Beförderung holte Token { $highest } vom Speicher, also lehnte der Speicher { $write } ab, der das veraltete Token { $token } trug. Es wurde immer nur eine Geschichte gespeichert.
why-stonith = Kein Konflikt aufzulösen: STONITH schaltete { $node } aus, bevor der neue Leader befördert wurde, also fand { $write } niemanden, der ihn annahm. Nur ein einziger Leader hat je geschrieben.
hint-wait-paused = Die Uhr ist pausiert: Drücken Sie „Abspielen“ oder „Vorspulen“.
hint-wait = Warten Sie, oder drücken Sie „Vorspulen“.
hint-on-way = { $write } ist unterwegs zu { $node }.
hint-conflict = Welcher Schreibvorgang gewinnt? Wählen Sie „Last-Write-Wins“ oder „Manuelle Auflösung“.
hint-timer = Die Replikate warten auf { $raft ->
        [yes] ein Wahl-Timeout
       *[no] das Heartbeat-Timeout von 10 s
    }.
hint-electing = Eine Wahl läuft: Beobachten Sie die Stimmen.
hint-pending = { $write } wartet auf eine Mehrheit.
hint-send = Senden Sie jetzt Schreibvorgang A und Schreibvorgang B.
hint-cut = Getrennte Verbindungen ändern, wer wen hört. Drücken Sie „Partition heilen“, um wieder zu verbinden.
hint-heal = Drücken Sie „Partition heilen“, um die Knoten wieder zu verbinden.
hint-done = Fertig. Drücken Sie „Zurücksetzen“, um es noch einmal ablaufen zu lassen, oder wählen Sie ein anderes Failover-Verfahren.
hint-start = Drücken Sie „Netz partitionieren“, um Knoten 1 von Knoten 2 und 3 abzuschneiden.
screen-state = Failover-Verfahren: { $mode }{ $stonith ->
        [yes] {" "}mit STONITH
       *[no] {""}
    }; die Uhr von Knoten 1 { $dir ->
        [fast] geht { $s } s vor
        [slow] geht { $s } s nach
       *[exact] geht genau
    }. { $status } Die Uhr { $playing ->
        [yes] läuft
       *[no] ist pausiert
    }.
canvas-node = { $node }: { $role }, Kontostand { $value }
canvas-link = { $a }–{ $b } { $up ->
        [yes] steht
       *[no] getrennt
    }
canvas-label = Cluster aus drei Knoten. { $nodes }. Verbindungen: { $links }.
clock-line = Zeit { $s } s · { $state ->
        [paused] Uhr pausiert
        [running] Uhr läuft
       *[stopped] Uhr steht: nichts steht an
    }
timer-label = { $raft ->
        [yes] Wahl-Timeout
       *[no] Heartbeat-Timeout
    } von { $node }
timer-value = { $elapsed } s von { $timeout } s
timer-caption = { $raft ->
        [yes] Wahl-Timeout
       *[no] Heartbeat-Timeout
    }: { $elapsed } s / { $timeout } s
no-writes = Noch keine Schreibvorgänge von Clients. Schreibvorgang A: Kontostand = { $a } geht an Knoten 1, Schreibvorgang B: Kontostand = { $b } an Knoten 2.
link-button = Verbindung { $a }–{ $b } { $up ->
        [yes] trennen
       *[no] heilen
    }

## Die Seite um die Zeichenfläche

node-logs = Logs der Knoten
canvas-key = Legende
key-leader = Leader
key-cut = getrennte Verbindung
key-append = AppendEntries mit Schreibvorgang
key-sync = Abgleich / Schreibvorgang
key-vote = RequestVote
key-uncommitted = noch nicht committet
cluster-status = Zustand des Clusters
failover-by = Failover-Verfahren
stonith-switch = STONITH: den alten Leader vor der Beförderung ausschalten
actions = Aktionen
btn-partition = Netz partitionieren
btn-send = Schreibvorgänge A und B senden
btn-heal = Partition heilen
btn-power-on = { $node } einschalten
btn-skip = Vorspulen
btn-reset = Zurücksetzen
skew-label = Uhrenabweichung (Versatz der Uhr von Knoten 1)
next = Als Nächstes:
why-no-conflict = Warum kein Konflikt
conflict-detected = KONFLIKT ERKANNT
which-wins = Welcher Schreibvorgang gewinnt?
btn-lww = Last-Write-Wins
btn-manual = Manuelle Auflösung
manual-pick = Wählen Sie den Kontostand, den jeder Knoten halten soll:
merged-label = Oder ein zusammengeführter Wert
merged-hint = Ganze Dollar, 0 bis 1000000.
btn-use-merged = Zusammengeführten Wert verwenden
col-write = Schreib{"\u00AD"}vorgang
col-real = echte Zeit
col-stamp = Zeit{"\u00AD"}stempel
col-result = Ergebnis
resolution = Auflösung
client-writes = Schreibvorgänge der Clients

## Hinweise zu den Einstellungen im Link

note-stonith = stonith=1 gilt nur mit mode=fencing; es bleibt für diesen Modus erhalten.
note-skew = skew={ $raw } ist kein Vielfaches von { $step } s; verwendet wird skew={ $skew }.
