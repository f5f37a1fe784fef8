/// Arithmetic that stops at the type's bounds instead of trapping.
///
/// Every computation on numbers from a project file uses these, so a hostile or mistyped
/// value (`podCPU: 8E`, `vcpu: 9223372036854775807`) gives an absurd but finite plan, which
/// validation reports, and never a crash.
///
/// ```swift
/// Int64.max.saturatingAdd(1)          // Int64.max
/// Int.min.saturatingMultiply(2)       // Int.min
/// (-5).saturatingMultiply(Int.max)    // Int.min
/// ```
extension FixedWidthInteger {
    /// `self + other`, clamped to the type's range.
    public func saturatingAdd(_ other: Self) -> Self {
        let (result, overflow) = addingReportingOverflow(other)
        guard overflow else { return result }
        return other > 0 ? .max : .min
    }

    /// `self - other`, clamped to the type's range.
    public func saturatingSubtract(_ other: Self) -> Self {
        let (result, overflow) = subtractingReportingOverflow(other)
        guard overflow else { return result }
        return other > 0 ? .min : .max
    }

    /// `self × other`, clamped to the type's range.
    public func saturatingMultiply(_ other: Self) -> Self {
        let (result, overflow) = multipliedReportingOverflow(by: other)
        guard overflow else { return result }
        return (self < 0) == (other < 0) ? .max : .min
    }

    /// `self ÷ other` rounded up, for non-negative `self` and positive `other`; 0 when `other` is not positive.
    public func saturatingDivideRoundingUp(_ other: Self) -> Self {
        guard other > 0 else { return 0 }
        let (quotient, remainder) = quotientAndRemainder(dividingBy: other)
        return remainder > 0 ? quotient.saturatingAdd(1) : quotient
    }
}

extension Int {
    /// The value as an `Int64`, clamped (a no-op on 64-bit platforms).
    public var clampedInt64: Int64 { Int64(clamping: self) }
}
