/// A terminal that can be handed to another program (an editor) and taken back.
public protocol TerminalSuspending: AnyObject {
    /// Leaves screen mode (the terminal is restored as it was before), runs `body`, then
    /// returns to screen mode; the next frame is drawn in full.
    func suspend(while body: () -> Void)
}
