# The words of this sim in English, the fallback for every other language (see
# docs/translating.md). The help, the legend and the tours are read by the names they
# have here (title, about-N, help-N, legend-N, tour-<id>, tour-<id>-<step>[-text|-predict|-answer]);
# every other message is named by the code.

## The page: title, screen summary, help, canvas legend

title = Scaling Up vs Scaling Out
about-1 = The picture shows the two ways to grow a database side by side. Left, scale up: a ladder of machine sizes from 2 to 192 cores, each bar as tall as the requests per second that machine serves (Amdahl's law over its cores, and its disk), with the demand as a dashed line and the machine in use highlighted. Right, scale out: the cluster's nodes as squares, as read replicas (L marks the leader) or shards, with failed nodes crossed out.
about-2 = Below, a table compares the machine and the cluster: capacity, how busy each is, mean latency (which grows as 1 / (1 − busy), like an M/M/1 queue), cost per hour and per million requests, what one failure costs, and the operational burden. A chart, chosen by tabs, shows the demand against both ceilings month by month, capacity against price, latency against load, or cost per million requests over time.
about-3 = Play advances the months: the workload grows, the levers follow it when Follow the demand is on, and machines fail at the failure rate. The tabs of controls set the workload, the machine and its serial fraction, the cluster (nodes, node size, layout, contention σ, coherency κ, cross-shard requests) and failures. Presets load four stories.
help-1 = Scaling up buys a bigger machine: no change to the application, but Amdahl's law caps what more cores give, prices steepen at the top, and the ladder ends. Scaling out adds machines: it goes further, but the Universal Scalability Law makes capacity peak at N* = √((1 − σ)/κ) nodes and fall after it; read replicas only spread reads, shards spread writes too but pay for cross-shard requests.
help-2 = Press Play (or Space) to let the months pass, → for one month. Drag the sliders in each tab; the table and the chart follow at once. Presets tell four stories; the narration says what each one shows.
help-3 = Prices, disk and failure numbers are illustrative; the laws (Amdahl, the USL, the queueing curve) are computed from their formulas.

## Guided tours

tour-where-each-lever-stops = Where each lever stops

tour-where-each-lever-stops-1 = One growing workload
tour-where-each-lever-stops-1-text = One workload, served two ways: on the left one machine that is replaced by a bigger one as demand grows (scaling up), on the right a cluster that adds machines (scaling out). Both are sized each month to keep up, with headroom.
tour-where-each-lever-stops-1-predict = demand grows every month. Which lever runs out first: the bigger machine or more machines?
tour-where-each-lever-stops-1-answer = the bigger machine, at month 28 here: the price ladder ends at the largest machine, and Amdahl's serial share caps what more cores can add.

tour-where-each-lever-stops-2 = Two years on
tour-where-each-lever-stops-2-text = Two years on, both levers still keep up: the single machine has moved up the price ladder, the cluster has grown to a few nodes. The charts show demand against each lever's ceiling.

tour-where-each-lever-stops-3 = One machine, one failure domain
tour-where-each-lever-stops-3-text = The single machine failed. It is one failure domain: until it is repaired, nothing is served.

tour-where-each-lever-stops-4 = One node of many fails
tour-where-each-lever-stops-4-text = The machine is repaired; now one cluster node fails. The others keep serving, with less capacity: many small failure domains lose a share, not everything.

tour-where-each-lever-stops-5 = The largest machine is not enough
tour-where-each-lever-stops-5-text = At month 30 the demand is above what even the largest machine can serve. Scaling up has hit its ceiling; the cluster still keeps up by adding nodes.
tour-where-each-lever-stops-5-predict = can the cluster keep growing forever by adding nodes?
tour-where-each-lever-stops-5-answer = no. Nodes spend work keeping each other consistent (the USL's κ), so capacity peaks and then falls.

tour-where-each-lever-stops-6 = The cluster stops too
tour-where-each-lever-stops-6-text = By month 42 the cluster is over its ceiling too. It stopped adding nodes near the Universal Scalability Law's peak N* = √((1 − σ)/κ): past it, each added node makes the cluster slower. Next steps are changing the design (shards, less coordination), not the size.

tour-reads-writes-serial = Reads scale out; writes and serial work do not

tour-reads-writes-serial-1 = A read-heavy blog
tour-reads-writes-serial-1-text = A read-heavy blog: 98 % reads over a modest working set. The cluster uses read replicas, each able to answer any read.

tour-reads-writes-serial-2 = Replicas carry the reads
tour-reads-writes-serial-2-text = Three years on, the replicas still carry the growing reads: each added replica adds read capacity, while the single machine is near its ceiling.

tour-reads-writes-serial-3 = Write-heavy ingest
tour-reads-writes-serial-3-text = Write-heavy IoT ingest: 90 % writes. Every replica must apply every write, so replicas add nothing for writes; this preset shards the data instead, and at month 18 the shards keep up where the single machine cannot.

tour-reads-writes-serial-4 = A serial bottleneck
tour-reads-writes-serial-4-text = A serial bottleneck: 20 % of the work runs one step at a time (a global lock, a single sequencer). Neither lever reaches the demand, even at month 0.
tour-reads-writes-serial-4-predict = how much faster can any number of machines or cores make this workload?
tour-reads-writes-serial-4-answer = at most 1/0.2 = 5 times (Amdahl's law): only shrinking the serial part helps.

tour-reads-writes-serial-5 = The coherency cliff
tour-reads-writes-serial-5-text = The coherency cliff: strong cross-node coordination (a large κ) puts the USL peak at about 7 nodes, and this cluster starts with 20.
tour-reads-writes-serial-5-predict = what happens to throughput if we remove nodes?
tour-reads-writes-serial-5-answer = it goes up. Past the peak, every node removed cuts more coordination cost than capacity.

tour-reads-writes-serial-6 = Fewer nodes, more throughput
tour-reads-writes-serial-6-text = Five nodes fewer, and the cluster serves more than it did with 20: the Universal Scalability Law's retrograde region. More machines is not always more throughput.

## Numbers and units

rate-million = { $x } million
rate-k = { $x }k
per-second = { $rate }/s
per-hour = ${ $x }/h
per-million = ${ $x }
gigabytes = { $x } GB
terabytes = { $x } TB
cores = { $n } cores
machine = { $cores } cores, { $ram }
share = { $x } %
seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
layout-replicas = read replicas
layout-shards = shards
cluster = { $layout ->
    [shards] { $nodes ->
        [one] { $nodes } shard
       *[other] { $nodes } shards
    }
   *[replicas] { $nodes ->
        [one] { $nodes } node, no replicas yet,
       *[other] { $nodes } nodes: 1 leader and read replicas
    }
} of { $cores } cores

## Settings

setting-start-rate = Requests at month 0
setting-growth = Request growth per month
setting-read-share = Reads
setting-working-set = Working set at month 0
setting-data-growth = Data growth per month
setting-serial = Serial fraction (Amdahl)
setting-sigma = Contention σ
setting-kappa = Coherency κ
setting-cross-shard = Cross-shard requests
setting-failure-rate = Failures per machine per month
setting-node-rung = Node size
setting-machine = Machine size
setting-nodes = Nodes
setting-month = Month

spoken-start-rate = { $rate } requests per second at month 0
spoken-growth = requests grow { $x } % a month
spoken-data-growth = the working set grows { $x } % a month
spoken-failure-rate = each machine fails in { $x } % of months
spoken-read-share = { $reads } % reads, { $writes } % writes
spoken-serial = { $x } % of each request's work is serial
spoken-cross-shard = { $x } % of requests span two shards
spoken-working-set = working set { $size } at month 0
spoken-sigma = sigma = { $x }
spoken-kappa = kappa = { $x }
spoken-nodes = { $n ->
    [one] { $n } node
   *[other] { $n } nodes
}
spoken-month = month { $month } of { $max }

ladder-notice = { $key }={ $asked }: machines come with { $list } cores; using { $key }={ $used }.
follow-ignores-levers = follow=1 sizes both levers for the demand, so machine and nodes are ignored.

## Presets

preset-blog = Read-heavy blog
preset-ingest = Write-heavy IoT ingest
preset-serial = A serial bottleneck
preset-cliff = The coherency cliff

preset-note-blog = Read-heavy blog: 98 % reads, growing 6 % a month. The largest machine is outgrown in { $up ->
        [none] beyond month { $max }
       *[other] month { $up }
    }; read replicas carry on to { $out ->
        [none] beyond month { $max }
       *[other] month { $out }
    }, and cost less per request on the way, because reads spread over the replicas and only the few writes are copied to all. Press Play.
preset-note-ingest = Write-heavy IoT ingest: 90 % writes, growing 8 % a month. Read replicas cannot help (every replica applies every write); shards split the writes and outlast the largest machine ({ $up ->
        [none] beyond month { $max }
       *[other] month { $up }
    }) to { $out ->
        [none] beyond month { $max }
       *[other] month { $out }
    }. Switch the layout to read replicas to see them fail at once.
preset-note-serial = A serial bottleneck: 20 % of each request's work is serial, and nodes contend as much (σ = 0.20). The largest machine tops out at { $up } requests/s and the best cluster at { $out }; the demand is { $demand }. Neither lever helps: lower the serial fraction and σ to fix it.
preset-note-cliff = The coherency cliff: κ = 0.02, so the peak is at N* = √((1 − σ)/κ) ≈ { $peak } nodes. The cluster starts at { $nodes } nodes and serves { $capacity } requests/s; at { $best } nodes it would serve { $best_capacity }. Remove nodes and watch the capacity rise.

## Narration

nothing-changed = Nothing changed.
clamped = { $setting } can be { $lo } to { $hi }; using { $used }.
follow-on = Both levers now follow the demand: each month they are sized to run at most { $target } busy.
follow-off = The levers now stay where you put them.
machine-stays = The machine stays at { $machine }.
machine-moves = The machine moves from { $from } to { $to }: a restart, so { $time } with everything down.
cluster-stays = The cluster stays at { $nodes } nodes.
nodes-copied = The cluster { $dir ->
        [grow] grows
       *[shrink] shrinks
    } from { $from } to { $to } nodes with no downtime; { $data } of data is copied to the new { $added ->
        [one] replica
       *[other] replicas
    }.
nodes-moved = The cluster { $dir ->
        [grow] grows
       *[shrink] shrinks
    } from { $from } to { $to } nodes with no downtime; { $data } of data moves between shards.
nodes-changed = The cluster { $dir ->
        [grow] grows
       *[shrink] shrinks
    } from { $from } to { $to } nodes with no downtime.
month-demand = Month { $month }: { $rate } requests/s, working set { $size }.
machine-failed = The single machine failed: every request fails until it is replaced (about { $time }).
leader-failed = Node { $node }, the leader, failed: writes wait about { $time } while a replica is promoted; reads carry on.
replica-failed = Node { $node }, a read replica, failed: the others take its reads, and no request fails.
shard-failed = Node { $node } failed: its shard, { $share } of the data, is unavailable until it is replaced (about { $time }); the other shards carry on.
repaired-machine = The machine is back.
repaired-nodes = { $n } failed { $n ->
        [one] node is
       *[other] nodes are
    } back.
repaired-both = The machine and { $n } { $n ->
        [one] node
       *[other] nodes
    } are back.
up-ceiling-crossed = Month { $month }: the demand now exceeds the largest machine that exists ({ $rate } requests/s at this mix). Scaling up has hit its ceiling.
out-ceiling-crossed = Month { $month }: no cluster size keeps up any more; the best, { $nodes } nodes, serves { $rate } requests/s.
up-back-under = The largest machine can keep up again.
out-back-under = A cluster can keep up again.
back-to-start = Back to month 0.
node-rung-set = Each node is now { $machine }, { $price }.
setting-set = { $setting }: { $value }.
neither-lever = Neither lever can serve this demand.
ceilings = The largest machine is outgrown in { $up ->
        [none] beyond month { $max }
       *[other] month { $up }
    }; the best cluster in { $out ->
        [none] beyond month { $max }
       *[other] month { $out }
    }.
layout-now-replicas = The cluster now works as read replicas: every node holds all the data and applies every write; reads go to any node.
layout-now-shards = The cluster now works as shards: each node owns its share of the data and takes its reads and writes; cross-shard requests pay a commit protocol.
refusal-no-larger = There is no larger machine: 192 cores is the ceiling of scaling up.
refusal-no-smaller = This is already the smallest machine.
refusal-no-more-nodes = The sim stops at 64 nodes.
refusal-no-fewer-nodes = A cluster needs at least one node.
refusal-end = The timeline ends at month 60; Reset or move the month back to go on.
refusal-machine-down = The machine is already down.
refusal-all-down = Every node is already down.
refusal-nothing-to-repair = Every machine is up; nothing to repair.
start = Month { $month }: { $rate } requests/s with { $reads } reads, working set { $size }.
playing = Months pass, one every 1.2 seconds at speed 1: the workload grows, machines fail at the failure rate, and the levers follow the demand if they are set to.
end = The timeline ends at month 60; Reset or move the month back to play again.
paused = Paused at month { $month }.

## Readouts and the comparison table

headline = Month { $month } of { $max }: { $rate } requests/s ({ $reads } reads), working set { $size }
busy-load = { $state ->
        [down] down busy
        [over] overloaded ({ $p }) busy
       *[ok] { $p } busy
    }
serves-nothing = nothing: down
serves = { $rate } req/s, { $state ->
        [over] overloaded ({ $p })
       *[ok] { $p } busy
    }{ $lost ->
        [none] {""}
       *[some] ; { $lost } of the data out of reach
    }
size-out = { $nodes } × { $cores } cores, { $layout }
reads-from-disk = { $p } of reads from disk
no-answers = no answers
unbounded = unbounded (the queue grows)
cost = { $hour } · { $million }/M req
cost-nothing = { $hour } · nothing served
all-down = all down ~{ $time }
each-resize = and each resize ~{ $time }
one-failure-domain = one node is one failure domain
share-of-capacity = 1/{ $n } of capacity
leader-pauses-writes = a leader's pauses writes ~{ $time }
share-of-data-down = 1/{ $n } of data down ~{ $time }
no-replicas-per-shard = no replicas per shard
ops-low = low
ops-low-note = one box to patch and back up
ops-moderate = moderate
ops-moderate-note = replication to watch, failover to rehearse
ops-high = high
ops-high-note = routing, rebalancing, per-node failover
ops-very-high = very high
ops-very-high-note = a team's job: resharding, partial outages
tally-up = One machine: { $failures } { $failures ->
        [one] failure
       *[other] failures
    }, { $resizes } { $resizes ->
        [one] resize
       *[other] resizes
    }: { $time ->
        [none] no downtime
       *[some] { $time } with everything down
    }.
tally-out = Cluster: { $failures } node { $failures ->
        [one] failure
       *[other] failures
    }: { $time ->
        [none] no downtime
       *[some] { $time } worth of full outage
    }.
summary = { $headline }. One machine: { $machine }, { $up_load }, mean latency { $up_latency }, { $up_price }. Cluster: { $cluster }, { $out_load }, mean latency { $out_latency }, { $out_price }.
canvas-up = Left, scale up: one bar per machine size from { $min } to { $max } cores, each as tall as the requests per second it serves at this month's mix, and the demand ({ $demand }) as a dashed line; the machine in use is { $machine } and { $load }.
canvas-machine-down = It is down.
canvas-out = Right, scale out: { $cluster } as squares, { $failed } failed, { $load }.
usl-peak = USL peak N* = √((1 − σ)/κ) ≈ { $peak } nodes; this mix serves the most with { $best } { $best ->
        [one] node
       *[other] nodes
    }.
usl-no-peak = κ = 0: no USL peak, capacity rises towards 1/σ; this mix serves the most with { $best } { $best ->
        [one] node
       *[other] nodes
    }.

## Charts

axis-month = month
axis-krate = thousand requests/s
axis-krate-short = k req/s
axis-price = US dollars per hour (illustrative)
axis-kload = load, thousand requests/s
axis-ms = mean latency, ms
axis-ms-short = ms
axis-cost = $ per million requests
axis-cost-short = $/M req
line-demand = demand
line-demand-now = demand now
line-up-ceiling = largest machine
line-out-ceiling = best cluster
mark-up-outgrown = machine outgrown: month { $month }
mark-out-outgrown = cluster outgrown: month { $month }
line-up-curve = one machine, 2 to 192 cores
line-up-latency = machine in use
line-out-latency = cluster in use
line-up-cost = smallest machine that keeps up
line-out-cost = fewest nodes that keep up
peak-label = clusters: peak at { $nodes } nodes
chart-time = Over time
chart-throughput = Throughput
chart-latency = Latency
chart-cost = Cost
describe-time = Line chart of thousand requests per second against month 0 to { $max }: the demand, growing from { $from } to { $to }, the largest machine's capacity (dashed) and the best cluster's (dashed).
describe-throughput = Line chart of capacity (thousand requests per second) against price per hour: one machine from 2 to 192 cores reaches { $up } at { $price }; clusters peak at { $nodes } nodes with { $out }. The demand, { $demand }, is a dashed line.
describe-latency = Line chart of mean latency in milliseconds against load: each curve starts at the bare service time and rises as 1 / (1 − busy) towards its capacity, { $up } for the machine and { $out } for the cluster. The demand now is { $demand }.
describe-cost = Line chart of dollars per million requests against month, each lever sized to keep up at most { $target } busy; a line stops where no size of that lever keeps up.

## The page

status-name = Month and demand
table-name = Scale up and scale out compared
table-measure = Measure
lever-up = Scale up
lever-out = Scale out
row-size = Size
row-serves = Serves
row-latency = Mean latency
row-cost = Cost
row-failure = One failure
row-ops = Operations
charts-name = Charts
controls-name = Controls
time-group = Time
next-month = Next month
reset = Reset
follow = Follow the demand
fit = Size both for this month
presets-name = Presets
presets-label = Presets:
layout = Layout
failures-name = Failures
fail-machine = Fail the machine
fail-node = Fail a node
repair = Repair
panel-workload = Workload
panel-failures = Failures

## The picture

picture-title-up = Scale up: one machine
picture-title-out = Scale out: { $nodes } { $nodes ->
        [one] node
       *[other] nodes
    }
machine-priced = { $machine }, { $price }
cores-priced = { $cores } cores, { $price }
cores-each-layout = { $cores } cores each, { $layout }, { $price }
cores-each-priced = { $cores } cores each, { $price }
cores-each = { $cores } cores each
meter-down = down
meter-overloaded = overloaded
meter-busy = { $p } busy
down-badge = DOWN
leader-mark = L
shard-mark = S{ $n }
demand-mark = demand { $rate }/s
