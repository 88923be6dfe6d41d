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
