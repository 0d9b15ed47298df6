import Foundation

/// The simulated warehouse: orders move Open → Released → Allocated → Picked → Sent →
/// Collected, lines are allocated from stock and sometimes short-picked, picking takes goods
/// off the shelf, goods arrive and stock-taking corrects balances. Every choice comes from the
/// seeded generator, so the same seed and the same calls give the same warehouse.
extension OngoingWarehouse {
    /// Chance per tick that an active order moves one status on.
    static let advanceChance = 0.5
    /// Chance per tick that goods arrive for one article.
    static let receiptChance = 0.3
    /// Chance per tick of a stock-taking correction on one article.
    static let stockTakingChance = 0.1

    /// One beat of the warehouse timer.
    mutating func tick(now: Date) {
        for id in activeOrderIds.sorted() where roll() < Self.advanceChance {
            step(orderId: id, now: now)
        }
        if roll() < Self.receiptChance { receiveGoods(now: now) }
        if roll() < Self.stockTakingChance { takeStock(now: now) }
    }

    /// Moves order `id` through every stage until its status reaches `target`.
    mutating func advance(orderId id: Int, to target: Int, now: Date) {
        while let order = orders[id], order.status < target, order.status < OngoingStatusCatalogue.collected {
            let before = order.status
            step(orderId: id, now: now)
            if orders[id]?.status == before { return }
        }
    }

    /// Moves order `id` one status on, doing that stage's work.
    mutating func step(orderId id: Int, now: Date) {
        guard let order = orders[id] else { return }
        switch order.status {
        case OngoingStatusCatalogue.open:
            modifyOrder(id, now: now) { $0.status = OngoingStatusCatalogue.released }
        case OngoingStatusCatalogue.released:
            allocate(order, now: now)
        case OngoingStatusCatalogue.allocated:
            pick(order, now: now)
        case OngoingStatusCatalogue.picked:
            let wayBill = "00373" + (0..<12).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
            let parcelId = nextParcelId
            nextParcelId += 1
            modifyOrder(id, now: now) { order in
                order.status = OngoingStatusCatalogue.sent
                order.shippedTime = now
                order.wayBill = wayBill
                order.parcelIds.append(parcelId)
            }
        case OngoingStatusCatalogue.sent:
            modifyOrder(id, now: now) { $0.status = OngoingStatusCatalogue.collected }
        default:
            return
        }
    }

    /// Allocates each line from stock not yet allocated to other orders.
    private mutating func allocate(_ order: SandboxOrder, now: Date) {
        var taken: [Int: Decimal] = [:]
        var amounts: [Decimal] = []
        for line in order.lines {
            guard line.shouldBePicked, let article = articles[line.articleSystemId] else { amounts.append(0); continue }
            let free = article.numberOfItems - article.demand.allocated - taken[line.articleSystemId, default: 0]
            let amount = max(0, min(line.ordered, free))
            taken[line.articleSystemId, default: 0] += amount
            amounts.append(amount)
        }
        modifyOrder(order.orderId, now: now) { order in
            order.status = OngoingStatusCatalogue.allocated
            for index in order.lines.indices { order.lines[index].allocated = amounts[index] }
        }
    }

    /// Picks what was allocated, short-picking some lines, and takes it off the shelf.
    private mutating func pick(_ order: SandboxOrder, now: Date) {
        var picked: [Decimal] = []
        var itemIds: [Int?] = []
        for line in order.lines {
            var amount = line.allocated
            if amount > 0, roll() < shortPickRate {
                let share = roll()
                amount = Decimal(Int((NSDecimalNumber(decimal: amount).doubleValue * share).rounded(.down)))
            }
            picked.append(amount)
            if amount > 0 {
                itemIds.append(nextItemId)
                nextItemId += 1
            } else {
                itemIds.append(nil)
            }
        }
        modifyOrder(order.orderId, now: now) { order in
            order.status = OngoingStatusCatalogue.picked
            order.lastPickingTime = now
            for index in order.lines.indices {
                order.lines[index].picked = picked[index]
                order.lines[index].allocated = picked[index]
                order.lines[index].pickedItemId = itemIds[index]
                if picked[index] > 0 { order.lines[index].pickedTime = now }
            }
        }
        for (line, amount) in zip(order.lines, picked) where amount > 0 {
            changeStock(articleId: line.articleSystemId, by: -amount, now: now)
        }
    }

    /// Goods arrive: for an article short of stock when there is one, else for a random one.
    mutating func receiveGoods(now: Date) {
        let all = allArticleIds
        guard !all.isEmpty else { return }
        let short = all.first { (articles[$0]?.sellableNumberOfItems ?? 0) < 0 }
        let id = short ?? all[Int.random(in: 0..<all.count, using: &random)]
        changeStock(articleId: id, by: Decimal(Int.random(in: 5...50, using: &random)), now: now)
    }

    /// Stock-taking finds a few items more or fewer than the books say.
    mutating func takeStock(now: Date) {
        let all = allArticleIds
        guard !all.isEmpty else { return }
        let id = all[Int.random(in: 0..<all.count, using: &random)]
        let delta = [-3, -2, -1, 1, 2, 3][Int.random(in: 0..<6, using: &random)]
        adjustStock(articleId: id, by: Decimal(delta), comment: delta < 0 ? "Missing at stock-taking" : "Found at stock-taking", now: now)
    }

    /// Every article id, goods owner by goods owner, in a stable order.
    private var allArticleIds: [Int] {
        articleIds.keys.sorted().flatMap { articleIds[$0] ?? [] }
    }

    private mutating func roll() -> Double {
        Double.random(in: 0..<1, using: &random)
    }
}
