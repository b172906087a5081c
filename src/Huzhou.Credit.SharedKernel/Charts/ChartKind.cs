namespace Huzhou.Credit.SharedKernel.Charts;

/// <summary>The kinds of chart <see cref="ChartSpec"/> builds.</summary>
public enum ChartKind
{
    /// <summary>A trend: categories (days, months) along the x axis, one line per series.</summary>
    Line,

    /// <summary>Vertical bars: categories along the x axis, one bar per series (stacked when the spec says so).</summary>
    Bar,

    /// <summary>Horizontal bars, the first category on top: rankings of departments or districts with long names.</summary>
    HorizontalBar,

    /// <summary>A ring of slices: a breakdown of one total by type; the first series' values are the slices.</summary>
    Pie,
}
