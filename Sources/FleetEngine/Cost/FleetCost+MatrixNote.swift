import Foundation

extension FleetCost {
    /// The sentence the matrix's cost-model criterion carries: what this design costs on
    /// Kubernetes as planned, so that a weight on cost can be set knowing the figure.
    ///
    /// The note informs; it does not change any score (docs/scoring.md, docs/cost.md).
    /// Unpriced parts are counted, never guessed.
    public var matrixNote: String {
        let clusters = estimates.count == 1 ? "1 cluster" : "\(estimates.count) clusters"
        let dates = Set(estimates.flatMap { $0.estimate.prices.map(\.read) }).sorted().joined(separator: ", ")
        let hours = estimates.first?.estimate.hoursPerMonth ?? 730
        var text = "Kubernetes as planned: \(knownMonthlyUSD.dollars) USD/month for \(clusters)"
            + " (on-demand list prices, \(hours) hours a month" + (dates.isEmpty ? "" : ", read \(dates)") + ")"
        if !isComplete {
            text += "; \(unknowns.count) unpriced part(s) not in the sum"
        }
        return text + "; scores unchanged, see docs/cost.md"
    }
}
