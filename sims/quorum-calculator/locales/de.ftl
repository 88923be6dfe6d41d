# Die Wörter dieser Simulation auf Deutsch (siehe en.ftl für die Bedeutung jeder Nachricht).

## Die Seite: Titel, Hilfe

title = Quorum-Rechner
about-1 = Das Bild zeigt einen Client über einer Reihe von N Replikaten eines Schlüssels. Jedes Replikat ist ein Kreis, beschriftet mit der Version, die es hält (zu Beginn v1), und mit seinem Zustand: verfügbar oder ausgefallen. Nach einer Operation markieren Abzeichen die Replikate, die den Schreibvorgang bestätigt haben (W), die der Lesevorgang befragt hat (R), und die, die in beiden Mengen liegen (W+R).
about-2 = Die Schieberegler stellen N (Replikate insgesamt), W (Schreib-Quorum) und R (Lese-Quorum) ein. „Schreiben simulieren“ und „Lesen simulieren“ führen je eine Operation aus; „Veraltetes Lesen simulieren“, verfügbar, solange W + R höchstens N ist, zeigt einen Lesevorgang, der den neuesten Schreibvorgang verfehlt. Jedes Replikat ist zugleich eine Schaltfläche, die es ausfallen lässt oder wieder in Betrieb nimmt. Die Voreinstellungen wählen die Konfigurationen des Kapitels sowie Cassandras ONE, QUORUM und ALL. Die Schaltflächen unter „Nicht abgedeckt durch W + R > N“ führen die Fälle vor, vor denen das Überlappungsargument nicht schützt: einen Lesevorgang während eines Schreibvorgangs, einen fehlgeschlagenen Schreibvorgang, ein Sloppy Quorum und gleichzeitige Schreibvorgänge unter Last-Write-Wins.
help-1 = N Replikate halten je eine Kopie eines Schlüssels. Ein Schreibvorgang gelingt, sobald W von ihnen ihn bestätigt haben; ein Lesevorgang fragt R von ihnen und liefert die neueste Version, die er sieht.
help-2 = Stellen Sie die Schieberegler ein und drücken Sie dann „Schreiben simulieren“ und „Lesen simulieren“. Orange (W) markiert die Replikate, die den Schreibvorgang bestätigt haben, Blau (R) die vom Lesevorgang befragten, Grün (W+R) die in beiden Mengen: Diese garantieren ein aktuelles Leseergebnis. Klicken Sie auf einen Knoten, oder fokussieren Sie ihn und drücken Sie Enter, um ihn ausfallen zu lassen.
help-3 = W + R > N verspricht nur, dass ein Lesevorgang, der nach dem Abschluss eines Schreibvorgangs beginnt, auf ein Replikat trifft, das diesen Schreibvorgang hält. Das ist keine Linearisierbarkeit: Die Schaltflächen unter „Nicht abgedeckt durch W + R > N“ zeigen Lesevorgänge während eines Schreibvorgangs, fehlgeschlagene Schreibvorgänge, Sloppy Quorums und Last-Write-Wins, das einen Schreibvorgang verliert.
help-4 = Die Leertaste startet eine Vorführung (ein Schreibvorgang, dann ein Lesevorgang desselben Werts, immer wieder, sodass jedes Mal andere Replikate antworten) und hält sie an; → führt den nächsten Schreib- oder Lesevorgang von Hand aus.

## Namen auf der Zeichenfläche und in Sätzen

node-name = Knoten { $n }
node-list = { $count ->
    [0] kein Knoten
    [one] Knoten { $list }
   *[other] Knoten { $list }
}
badge-down = AUS
client = Client
client-read = Client: v{ $version } gelesen
client-read-stale = Client: v{ $version } gelesen (veraltet!)
client-wrote = Client: v{ $version } geschrieben
client-write-failed = Client: Schreiben gescheitert
client-read-failed = Client: Lesen gescheitert
canvas-label = { $n } Replikate in einer Reihe unter einem Client-Kasten. { $up } verfügbar. Neueste bestätigte Version v{ $latest }.
node-button = { $state ->
    [up] Knoten { $n }: verfügbar, hält v{ $version }. Drücken Sie, um ihn ausfallen zu lassen.
   *[down] Knoten { $n }: ausgefallen, hält v{ $version }. Drücken Sie, um ihn wieder in Betrieb zu nehmen.
}

## Die Leiste: Anzeigen, Schieberegler, Schaltflächen

swatches = Legende
swatch-write = hat den Schreibvorgang bestätigt
swatch-read = vom Lesevorgang befragt
swatch-both = in beiden: sieht den abgeschlossenen Schreibvorgang
arithmetic = Quorum-Arithmetik
write-tolerance = Fehlertoleranz beim Schreiben: { $k ->
    [0] kein Knoten darf ausfallen
    [one] { $k } Knoten darf ausfallen
   *[other] { $k } Knoten dürfen ausfallen
}
read-tolerance = Fehlertoleranz beim Lesen: { $k ->
    [0] kein Knoten darf ausfallen
    [one] { $k } Knoten darf ausfallen
   *[other] { $k } Knoten dürfen ausfallen
}
verdict = Konsistenz garantiert: { $answer ->
    [yes] JA
   *[no] NEIN
}
verdict-overlaps = (jeder Lesevorgang überlappt den letzten abgeschlossenen Schreibvorgang)
verdict-misses = (ein Lesevorgang kann den letzten abgeschlossenen Schreibvorgang verfehlen)
slider-n = N (Replikate insgesamt)
slider-w = W (Schreib-Quorum)
slider-r = R (Lese-Quorum)
slider-n-value = N = { $value } Replikate insgesamt
slider-quorum-value = { $letter } = { $value } von { $n } Replikaten
actions = Aktionen
simulate-write = Schreiben simulieren
simulate-read = Lesen simulieren
simulate-stale-read = Veraltetes Lesen simulieren
reset-button = Zurücksetzen
presets = Voreinstellungen
presets-colon = Voreinstellungen:
limits-label = Nicht abgedeckt durch W + R > N:
limit-read-during-write = Lesen beim Schreiben
limit-failed-write = Gescheitertes Schreiben
limit-sloppy-quorum = Sloppy Quorum
limit-last-write-wins = Gleichzeitiges Schreiben (LWW)

## Erzählung

summary = N = { $n }, W = { $w }, R = { $r }: W + R = { $sum } { $consistent ->
    [yes] > N; jeder Lesevorgang überlappt den letzten abgeschlossenen Schreibvorgang in mindestens { $overlap } { $overlap ->
        [one] Replikat
       *[other] Replikaten
    }.
   *[no] ≤ N; ein Lesevorgang kann jedes Replikat verfehlen, das der Schreibvorgang erreicht hat, daher können Lesevorgänge veraltete Werte liefern.
}
start = { $n } Replikate, alle mit v1.
reset = Zurückgesetzt.
demo-stopped = Vorführung angehalten.
state-summary = { $up } von { $n } Replikaten verfügbar; die neueste bestätigte Version ist v{ $latest }.
stale-impossible = Ein veralteter Lesevorgang ist unmöglich: W + R = { $sum } > N = { $n }, also überlappt jeder Lesevorgang den letzten Schreibvorgang.
stale-too-few = Ein veralteter Lesevorgang braucht W + R = { $sum } verfügbare Replikate; nur { $up } { $up ->
    [one] ist
   *[other] sind
} verfügbar.
resized = N = { $n }: ein neuer Cluster aus { $n } Replikaten, alle mit v1.
resized-followed = W und R folgen N nach unten: W = { $w }, R = { $r }.
preset-applied = Voreinstellung { $preset }.
op-fails = { $op ->
    [read] Der Lesevorgang
   *[write] Der Schreibvorgang
} scheitert: Nur { $up } der benötigten { $needed } Replikate { $up ->
    [one] ist
   *[other] sind
} verfügbar.
no-such-node = Es gibt keinen Knoten { $n }.
written = Schreibvorgang v{ $version } von W = { $w } bestätigt: { $nodes }.
written-missed = Bei { $nodes } war er noch nicht angekommen, als der Schreibvorgang abgeschlossen wurde.
read-consulted = Der Lesevorgang befragte R = { $r }: { $nodes }.
read-no-write = Es gab noch keinen Schreibvorgang, also liefert er v{ $returned }.
read-overlap = Der letzte Schreibvorgang wurde auch von { $nodes } bestätigt, also liefert der Lesevorgang v{ $latest }, die neueste Version.
read-newer = Er liefert v{ $returned }, neuer als die zuletzt bestätigte v{ $latest }: ein noch nicht abgeschlossener oder ein gescheiterter Schreibvorgang.
read-lucky = Er liefert v{ $latest }, die neueste Version, aber nur durch Glück: Ein früherer Schreibvorgang hatte das Replikat bereits erreicht.
read-stale = Keiner von ihnen hat den letzten Schreibvorgang erhalten: Der Lesevorgang liefert v{ $returned }, obwohl v{ $latest } bestätigt wurde (veralteter Lesevorgang).
node-toggled = Knoten { $n } ist { $state ->
    [up] wieder verfügbar
   *[down] ausgefallen
}; { $up_count } von { $total } Replikaten { $up_count ->
    [one] ist
   *[other] sind
} verfügbar.
writes-fail = Schreibvorgänge scheitern jetzt: Jeder braucht { $w } { $w ->
    [one] Bestätigung
   *[other] Bestätigungen
}.
reads-fail = Lesevorgänge scheitern jetzt: Jeder braucht { $r } { $r ->
    [one] Replikat
   *[other] Replikate
}.

## Die Fälle, die W + R > N nicht abdeckt

limit-needs-healthy = Dieser Fall läuft auf einem gesunden Cluster: Nehmen Sie zuerst alle Knoten wieder in Betrieb.
limit-needs-two-acks = Dieser Fall braucht W von mindestens 2: Ein Schreibvorgang, der ein Replikat erreicht hat, darf sein Quorum noch nicht erreicht haben.
limit-needs-partial-read = Dieser Fall braucht R kleiner als N: Mit R = N fragt jeder Lesevorgang auch das Replikat, das den neuen Wert schon hat.
read-during-write = Ein Schreibvorgang von v{ $version } ist unterwegs: Bisher hat ihn nur { $reached }, weniger als W = { $w }. Ein Lesevorgang bei { $first } liefert v{ $first_version } (den neuen Wert); ein zweiter Lesevorgang, gestartet, nachdem der erste zurückgekehrt ist, fragt { $second } und erhält v{ $second_version } (den alten Wert). Dann wird v{ $version } von { $acked } bestätigt. W + R > N deckt nur Lesevorgänge ab, die nach dem Abschluss eines Schreibvorgangs beginnen: Quoren allein sind nicht linearisierbar.
failed-write = Ein Schreibvorgang von v{ $version } erreichte { $reached } und scheiterte dann, bevor W = { $w } Replikate ihn bestätigt hatten. Dem Client wird das Scheitern gemeldet, aber nichts macht den Schreibvorgang rückgängig: Ein Lesevorgang bei { $seen } liefert v{ $seen_version }, den gescheiterten Schreibvorgang.
failed-write-missed = Ein Lesevorgang bei { $nodes } liefert v{ $version }.
failed-write-latest = Die neueste bestätigte Version ist immer noch v{ $latest }.
sloppy-quorum = Eine Netzwerkpartition trennt den Schreibenden von einigen Heimat-Replikaten des Schlüssels. Mit einem Sloppy Quorum wird der Schreibvorgang von v{ $version } von W = { $w } bestätigt: { $home_count ->
    [0] von keinem Heimat-Replikat
   *[other] von { $home }
} und von { $stand_ins } { $stand_ins ->
    [one] Ersatzknoten, der Hinweise
   *[other] Ersatzknoten, die Hinweise
} für { $hinted } { $stand_ins ->
    [one] hält
   *[other] halten
}. Ein Client auf der anderen Seite liest R = { $r } Heimat-Replikate, { $stale }, und erhält v{ $stale_version } (veraltet, obwohl W + R > N). Die Partition heilt, und Hinted Handoff liefert v{ $version } an { $hinted } aus.
last-write-wins = Zwei Clients schreiben im selben Augenblick: v{ $lost } wird von { $lost_nodes } bestätigt, v{ $kept } von { $kept_nodes }. Last-Write-Wins behält den späteren Zeitstempel, also wird v{ $lost } überall verworfen, wo v{ $kept } ankommt, und kein Quorum-Lesevorgang wird diese Version je liefern: Ein bestätigter Schreibvorgang geht stillschweigend verloren. Versionsvektoren würden beide als Geschwister behalten, die der Lesende zusammenführt.

## Geführte Touren

tour-overlap = Warum W + R > N

tour-overlap-1 = Drei Replikate, W = 2, R = 2
tour-overlap-1-text = Jedes der N = 3 Replikate hält eine Kopie eines Schlüssels. Ein Schreibvorgang muss von W = 2 Replikaten bestätigt werden, und ein Lesevorgang fragt R = 2. Weil 2 + 2 > 3 ist, haben zwei beliebige Replikate, die ein Lesevorgang wählt, mit zwei beliebigen, die ein Schreibvorgang erreicht hat, mindestens eines gemeinsam.

tour-overlap-2 = Ein Schreibvorgang erreicht zwei Replikate
tour-overlap-2-text = „Schreiben simulieren“ hat Version 2 gesendet. Zwei Replikate haben sie bestätigt (mit v2 gezeichnet); das dritte hält noch v1 und holt erst durch Read Repair oder Anti-Entropy auf.
tour-overlap-2-predict = Ein Lesevorgang fragt jetzt zwei zufällig gewählte Replikate. Können beide Replikate v2 verpasst haben?
tour-overlap-2-answer = Nein. Nur ein Replikat hat den Schreibvorgang verpasst, und ein Lesevorgang fragt zwei, also hat mindestens eines davon v2.

tour-overlap-3 = Der Lesevorgang trifft den Schreibvorgang
tour-overlap-3-text = Der Lesevorgang hat zwei Replikate gefragt; mindestens eines hatte v2, und der Client nimmt die neueste Version, die er sieht. Diese Überlappung ist alles, was W + R > N verspricht: Jeder Lesevorgang trifft den letzten abgeschlossenen Schreibvorgang.

tour-overlap-4 = R auf 1 senken
tour-overlap-4-text = R ist jetzt 1, also ist W + R = 3 = N. Das Urteil ändert sich: Lesemenge und Schreibmenge können einander jetzt verfehlen.
tour-overlap-4-predict = Kann ein Lesevorgang jetzt den alten Wert liefern?
tour-overlap-4-answer = Ja, immer dann, wenn er nur das Replikat fragt, das der letzte Schreibvorgang verpasst hat.

tour-overlap-5 = Ein veralteter Lesevorgang
tour-overlap-5-text = „Veraltetes Lesen simulieren“ hat Version 3 auf zwei Replikate geschrieben und dann das eine Replikat gelesen, das der Schreibvorgang verpasst hat: Der Client bekam Version 2 zurück, obwohl Version 3 bestätigt war. Nichts ist ausgefallen; die Mengen haben sich einfach nicht überlappt.

tour-overlap-6 = Fünf Replikate mit QUORUM
tour-overlap-6-text = Mit N = 5, W = 3 und R = 3 (Cassandras QUORUM für beides) gilt wieder 3 + 3 > 5: Der Schreibvorgang erreichte drei Replikate, der Lesevorgang fragte drei und lieferte die neueste Version.
tour-overlap-6-predict = Wie viele Replikate dürfen ausfallen, ohne dass ein Schreibvorgang mit W = 3 scheitert?
tour-overlap-6-answer = Zwei. Schreibvorgänge brauchen W der N Replikate, also überstehen sie N − W = 2 Ausfälle (Lesevorgänge überstehen N − R).

tour-overlap-7 = Der Preis: Verfügbarkeit
tour-overlap-7-text = Drei von fünf Replikaten sind ausgefallen (durchgestrichen), und der Schreibvorgang konnte W = 3 nicht erreichen: Er wurde abgewiesen. Überlappung wird mit Verfügbarkeit bezahlt; diesen Zielkonflikt stellen W und R ein.

tour-stale-reads = Wie ein veralteter Lesevorgang entsteht

tour-stale-reads-1 = Schnell, aber riskant: W = 1, R = 1
tour-stale-reads-1-text = W = 1 und R = 1 ist die schnellste Einstellung: Ein einziges Replikat beantwortet jede Anfrage. Aber 1 + 1 ≤ 3, also kann ein Lesevorgang ein Replikat fragen, das der letzte Schreibvorgang nie erreicht hat.
tour-stale-reads-1-predict = Ein Schreibvorgang erreicht ein Replikat, und ein Lesevorgang fragt ein zufällig gewähltes. Wie wahrscheinlich ist ein veralteter Lesevorgang?
tour-stale-reads-1-answer = In zwei von drei Fällen: Der Lesevorgang wählt eines von drei Replikaten, und nur eines hat die neue Version.

tour-stale-reads-2 = Der Lesevorgang verfehlt den Schreibvorgang
tour-stale-reads-2-text = „Veraltetes Lesen simulieren“ hat es herbeigeführt: Der Lesevorgang fragte ein Replikat, das der Schreibvorgang verpasst hatte, und lieferte die ältere Version, obwohl die neuere bereits bestätigt war.

tour-stale-reads-3 = W + R > N und ein Lesevorgang während eines Schreibvorgangs
tour-stale-reads-3-text = Selbst mit W + R > N kann ein Lesevorgang, der läuft, während ein Schreibvorgang noch unterwegs ist, den neuen Wert sehen und ein späterer Lesevorgang den alten: Der erste Lesevorgang traf das eine Replikat, das der Schreibvorgang schon erreicht hatte, der zweite nicht. Quoren allein sind nicht linearisierbar; Cassandra ergänzt Read Repair, Dynamo überlässt die Auflösung dem Lesenden.

tour-stale-reads-4 = Ein gescheiterter Schreibvorgang, der nicht zurückgerollt wird
tour-stale-reads-4-text = Dieser Schreibvorgang erreichte nur W − 1 Replikate, also wurde dem Client das Scheitern gemeldet. Die Replikate, die ihn übernommen haben, rollen ihn nicht zurück: Ein Lesevorgang, der eines von ihnen trifft, liefert einen Wert, von dem der Client glaubt, er sei nie geschrieben worden.
tour-stale-reads-4-predict = Sollte der Client, der das Scheitern gemeldet bekam, annehmen, dass der Wert nicht gespeichert ist?
tour-stale-reads-4-answer = Nein. Ein gescheiterter oder abgelaufener Schreibvorgang hat einen unbekannten Ausgang; der Client muss ihn idempotent wiederholen oder den Wert zurücklesen.

tour-stale-reads-5 = Sloppy Quorum und Hinted Handoff
tour-stale-reads-5-text = Eine Netzwerkpartition trennte den Schreibenden von einigen Heimat-Replikaten, also nahmen Ersatzknoten den Schreibvorgang mit Hinweisen an (ein Sloppy Quorum). Ein Lesevorgang auf den Heimat-Replikaten verfehlte ihn, bis Hinted Handoff die Hinweise auslieferte: W + R > N hatte Knoten gezählt, die gar keine Replikate des Schlüssels waren.

tour-stale-reads-6 = Zwei Schreibende, der letzte gewinnt
tour-stale-reads-6-text = Zwei Clients schrieben gleichzeitig. Beide Schreibvorgänge wurden von W Replikaten bestätigt, aber jedes Replikat behält nur den Wert mit dem späteren Zeitstempel (Last-Write-Wins), also verschwand ein bestätigter Schreibvorgang stillschweigend. Quoren ordnen gleichzeitige Schreibvorgänge nicht; Versionsvektoren würden beide als Geschwister behalten.
