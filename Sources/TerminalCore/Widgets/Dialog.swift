/// A modal box centred over the screen: a confirmation (`y`/`n`) or a prompt with an input.
///
/// The dialog clears the cells it covers, wraps nothing (each message line is one row,
/// cut with `…`) and sizes itself to its text, within the area it is given.
public struct Dialog: Widget {
    public enum Kind: Sendable, Hashable {
        /// A question answered with the keys named in `hint`, such as `y yes · n no`.
        case confirm(hint: String)
        /// A question answered by typing.
        case prompt(TextInput)
    }

    public var title: String
    public var message: [String]
    public var kind: Kind
    public var borders: BorderSet
    public var borderStyle: Style
    public var style: Style
    public var hintStyle: Style

    public init(title: String, message: [String], kind: Kind, borders: BorderSet = .unicode,
                borderStyle: Style = Style(attributes: .bold), style: Style = .plain, hintStyle: Style = Style(attributes: .dim)) {
        self.title = title
        self.message = message
        self.kind = kind
        self.borders = borders
        self.borderStyle = borderStyle
        self.style = style
        self.hintStyle = hintStyle
    }

    /// The rectangle the dialog occupies inside `area`.
    public func frame(in area: Rect) -> Rect {
        let textWidth = (message + [title, hintText]).map { TextWidth.of($0) }.max() ?? 0
        let width = min(area.width, max(30, textWidth + 4))
        let height = min(area.height, message.count + 4)
        return area.centered(width: width, height: height)
    }

    private var hintText: String {
        if case .confirm(let hint) = kind { return hint }
        return ""
    }

    /// Where the terminal cursor goes for a prompt.
    public func cursorPosition(in area: Rect) -> (x: Int, y: Int)? {
        guard case .prompt(let input) = kind else { return nil }
        let inner = frame(in: area).inset(horizontal: 1, vertical: 1)
        return TextField(input: input).cursorPosition(in: inner.row(inner.height - 1))
    }

    public func render(in area: Rect, into buffer: inout CellBuffer) {
        let box = frame(in: area)
        guard !box.isEmpty else { return }
        buffer.fill(box, with: Cell(" ", style: style))
        Block(title: title, borders: borders, borderStyle: borderStyle, titleStyle: borderStyle).render(in: box, into: &buffer)
        let inner = box.inset(horizontal: 1, vertical: 1)
        guard !inner.isEmpty else { return }
        for (index, line) in message.prefix(max(0, inner.height - 1)).enumerated() {
            buffer.write(TextWidth.truncate(" " + line, to: inner.width), x: inner.x, y: inner.y + index,
                         maxWidth: inner.width, style: style)
        }
        let last = inner.row(inner.height - 1)
        switch kind {
        case .confirm(let hint):
            buffer.write(TextWidth.truncate(" " + hint, to: inner.width), x: last.x, y: last.y, maxWidth: last.width, style: hintStyle)
        case .prompt(let input):
            TextField(input: input, style: style.adding(.underline)).render(in: last, into: &buffer)
        }
    }
}
