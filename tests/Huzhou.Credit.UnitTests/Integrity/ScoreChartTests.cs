using Huzhou.Credit.Integrity.Domain;

namespace Huzhou.Credit.UnitTests.Integrity;

/// <summary>The citizen's score chart: the score in force at each month's end and today, as a step line within the range.</summary>
public sealed class ScoreChartTests
{
    private static readonly DateOnly Today = new(2026, 12, 8);

    [Fact]
    public void The_line_steps_through_the_score_in_force_at_each_months_end_and_today()
    {
        var chart = ScoreChart.Build([(new DateOnly(2025, 11, 30), 605), (new DateOnly(2026, 2, 28), 625), (new DateOnly(2026, 8, 31), 628)], Today)!;

        Assert.Equal(13, chart.Points.Count);
        Assert.Equal(new DateOnly(2025, 12, 31), chart.Points[0].Day);
        Assert.Equal(Today, chart.Points[^1].Day);
        Assert.Equal([605, 605, 625, 625, 625, 625, 625, 625, 628, 628, 628, 628, 628], chart.Points.Select(p => p.Score));
        // Left to right, higher scores higher up (smaller y), all inside the drawing.
        Assert.True(chart.Points.Zip(chart.Points.Skip(1)).All(p => p.First.X < p.Second.X));
        Assert.True(chart.Points[^1].Y < chart.Points[0].Y);
        Assert.All(chart.Points, p => Assert.InRange(p.Y, 0, chart.Height));
        // The A boundary (600) lies in the range and is drawn; a step needs two vertices per change.
        Assert.Contains(chart.Guides, g => g.Label == "A");
        Assert.Equal((chart.Points.Count * 2) - 1, chart.Line.Split(' ').Length);
        Assert.Equal("今天", chart.Ticks[^1].Label);
        Assert.Contains("现在 628 分", chart.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_before_the_first_entry_are_left_out_and_no_history_draws_nothing()
    {
        Assert.Null(ScoreChart.Build([], Today));
        var chart = ScoreChart.Build([(new DateOnly(2026, 10, 15), 700)], Today)!;
        Assert.Equal([new DateOnly(2026, 10, 31), new DateOnly(2026, 11, 30), Today], chart.Points.Select(p => p.Day));
    }
}
