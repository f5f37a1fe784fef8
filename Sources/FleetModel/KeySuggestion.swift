/// "Did you mean …?" for misspelt keys and values.
public enum KeySuggestion {
    /// The candidate closest to `text` by edit distance, when it is close enough to be a typo
    /// (at most a third of the text's length, and at most 3 edits), or equal but for case, or
    /// one edit away from the start of a longer candidate.
    ///
    /// - Complexity: O(*c* × *n* × *m*) for *c* candidates of length *m* and text of length *n*.
    public static func closest(to text: String, in candidates: [String]) -> String? {
        let lowered = text.lowercased()
        if let exact = candidates.first(where: { $0.lowercased() == lowered }) { return exact }
        let limit = min(3, max(1, text.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        if let best { return best.candidate }
        // A misspelt short form of a longer key: `maxPodz` for `maxPodsPerNode`.
        guard text.count >= 4 else { return nil }
        return candidates.first { candidate in
            candidate.count > text.count && editDistance(lowered, String(candidate.lowercased().prefix(text.count))) <= 1
        }
    }

    /// Levenshtein distance over characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
