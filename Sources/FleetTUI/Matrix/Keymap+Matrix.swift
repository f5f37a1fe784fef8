import TerminalCore

extension Keymap {
    /// The Matrix pane's bindings; on the side-by-side and roadmap pages the moves scroll.
    public static let matrix = BindingTable("Matrix", [
        Binding(["j", "Down"], .matrix(.moveRow(1)), "next criterion (scroll down on the other pages)", hint: "move"),
        Binding(["k", "Up"], .matrix(.moveRow(-1)), "previous criterion (scroll up)"),
        Binding(["l", "Right"], .matrix(.moveColumn(1)), "next column (weight, then each platform)",
                disabled: { gridOnly($0) }),
        Binding(["h", "Left"], .matrix(.moveColumn(-1)), "previous column", disabled: { gridOnly($0) }),
        Binding(["g", "Home"], .matrix(.moveToFirst), "first criterion (top of the page)"),
        Binding(["G", "End"], .matrix(.moveToLast), "last criterion (end of the page)"),
        Binding(["PgDn", "C-d"], .matrix(.moveRow(10)), "ten lines down"),
        Binding(["PgUp", "C-u"], .matrix(.moveRow(-10)), "ten lines up"),
        Binding(["+", "="], .matrix(.adjustWeight(1)), "raise the criterion's weight", hint: "weight",
                disabled: { gridOnly($0) ?? noCatalog($0) }),
        Binding(["-"], .matrix(.adjustWeight(-1)), "lower the criterion's weight",
                disabled: { gridOnly($0) ?? noCatalog($0) }),
        Binding(["w"], .matrix(.promptWeight), "type the criterion's weight (0–10)",
                disabled: { gridOnly($0) ?? noCatalog($0) }),
        Binding(["Enter"], .matrix(.activateCell), "edit the cell: the weight, or override the score", hint: "edit",
                disabled: { gridOnly($0) ?? noCatalog($0) }),
        Binding(["o"], .matrix(.promptOverride), "override the selected score (1–5, with a note)", hint: "override",
                disabled: { gridOnly($0) ?? noCatalog($0) ?? ($0.matrixPane.platform == nil ? "on the weight column" : nil) }),
        Binding(["x", "Del"], .matrix(.clearCell), "remove the score override, or the weight set here",
                disabled: { gridOnly($0) ?? noCatalog($0) }),
        Binding(["c"], .matrix(.toggleContributions), "show or hide the weighted contributions", disabled: { gridOnly($0) }),
        Binding(["Space"], .matrix(.pickPlatform), "pick the platform for side by side (two at most)",
                disabled: { gridOnly($0) ?? ($0.matrixPane.platform == nil ? "on the weight column" : nil) }),
        Binding(["s"], .matrix(.showSideBySide), "compare the two picked platforms side by side", hint: "side by side",
                disabled: { $0.matrixPane.picked.count == 2 ? noCatalog($0) : "pick two platforms with Space first" }),
        Binding(["r"], .matrix(.showRoadmap), "the migration roadmap to the winner", hint: "roadmap",
                disabled: { noCatalog($0) ?? ($0.matrixDerived.evaluation?.winner == nil
                    ? "every platform is eliminated" : nil) }),
        Binding(["Esc"], .matrix(.showGrid), "back to the grid",
                disabled: { $0.matrixPane.page == .grid ? "already on the grid" : nil }),
    ])

    /// The keys of the Matrix pane's weight and override prompts.
    public static let matrixPrompt = BindingTable("Matrix prompt", [
        Binding(["Enter"], .matrix(.submitPrompt), "keep the value (a score asks for its note next)"),
        Binding(["Esc"], .matrix(.cancelPrompt), "close the prompt without changing anything"),
        Binding(["C-c"], .requestQuit, "quit (asks when there are unsaved changes)"),
    ])

    /// The message a key sends while the Matrix pane's prompt is open: a binding of
    /// ``matrixPrompt``, else the key is typed into the prompt.
    static func matrixPromptMessage(for key: KeyEvent) -> Msg {
        matrixPrompt.binding(for: key)?.message ?? .matrix(.typeKey(key))
    }

    private static func gridOnly(_ state: AppState) -> String? {
        state.matrixPane.page == .grid ? nil : "only on the grid (Esc goes back)"
    }

    private static func noCatalog(_ state: AppState) -> String? {
        state.matrixDerived.error == nil ? nil : "the platform catalog did not load"
    }
}
