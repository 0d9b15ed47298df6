extension Rect {
    /// Splits the rectangle into stacked rows sized by `constraints`.
    public func splitRows(_ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        var top = y
        return LayoutConstraint.distribute(height, among: constraints, spacing: spacing).map { rows in
            defer { top += rows + spacing }
            return Rect(x: x, y: top, width: width, height: rows)
        }
    }

    /// Splits the rectangle into side-by-side columns sized by `constraints`.
    public func splitColumns(_ constraints: [LayoutConstraint], spacing: Int = 0) -> [Rect] {
        var left = x
        return LayoutConstraint.distribute(width, among: constraints, spacing: spacing).map { columns in
            defer { left += columns + spacing }
            return Rect(x: left, y: y, width: columns, height: height)
        }
    }
}
