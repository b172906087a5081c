using System.Globalization;
using System.Text;

namespace Huzhou.Credit.Integrity.Domain;

/// <summary>
/// The small chart of a person's score over the last months, drawn by the server as an inline SVG (no chart library,
/// no inline style or script): a step line through the score in force at the end of each month and today, dashed
/// guides at the level boundaries within the range, and a label every third month. Pure.
/// </summary>
internal sealed record ScoreChart(
    int Width,
    int Height,
    string Line,
    IReadOnlyList<ScoreChart.Point> Points,
    IReadOnlyList<ScoreChart.Guide> Guides,
    IReadOnlyList<ScoreChart.Tick> Ticks,
    string Summary)
{
    /// <summary>A month's end (or today) and the score then.</summary>
    public sealed record Point(double X, double Y, DateOnly Day, int Score);

    /// <summary>A level boundary within the range.</summary>
    public sealed record Guide(double Y, string Label);

    /// <summary>A month label on the x axis.</summary>
    public sealed record Tick(double X, string Label);

    private const int W = 320, H = 140, Left = 34, Right = 8, Top = 10, Bottom = 22;

    /// <summary>
    /// The chart of <paramref name="history"/> (entries oldest first: the day a score took effect) over the
    /// <paramref name="months"/> months before <paramref name="today"/>; null when there is nothing to draw.
    /// </summary>
    public static ScoreChart? Build(IReadOnlyList<(DateOnly Day, int Score)> history, DateOnly today, int months = 12)
    {
        if (history.Count == 0)
        {
            return null;
        }

        var days = new List<DateOnly>();
        for (var m = months; m >= 1; m--)
        {
            var month = today.AddMonths(-m);
            days.Add(new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)));
        }

        days.Add(today);
        var samples = days
            .Select(d => (Day: d, Entry: history.LastOrDefault(h => h.Day <= d)))
            .Where(s => s.Entry != default)
            .Select(s => (s.Day, s.Entry.Score)).ToList();
        if (samples.Count == 0)
        {
            return null;
        }

        var low = Math.Max(0, (samples.Min(s => s.Score) - 30) / 50 * 50);
        var high = Math.Min(1000, (samples.Max(s => s.Score) + 79) / 50 * 50);
        double X(int index) => Left + (W - Left - Right) * (days.Count == 1 ? 1 : index / (double)(days.Count - 1));
        double Y(int score) => Math.Round(Top + (H - Top - Bottom) * (1 - (score - low) / (double)(high - low)), 1);
        var points = samples.Select(s => new Point(Math.Round(X(days.IndexOf(s.Day)), 1), Y(s.Score), s.Day, s.Score)).ToList();
        var line = new StringBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0)
            {
                // A step: the score holds until the next sample.
                line.Append(CultureInfo.InvariantCulture, $"{points[i].X:0.#},{points[i - 1].Y:0.#} ");
            }

            line.Append(CultureInfo.InvariantCulture, $"{points[i].X:0.#},{points[i].Y:0.#} ");
        }

        var guides = IntegrityLevels.All.Where(l => l.MinScore > low && l.MinScore < high)
            .Select(l => new Guide(Y(l.MinScore), l.Name.Split(' ')[0])).ToList();
        var ticks = days.Select((d, i) => (d, i)).Where(t => (days.Count - 1 - t.i) % 3 == 0)
            .Select(t => new Tick(Math.Round(X(t.i), 1), t.i == days.Count - 1 ? "今天" : t.d.Month.ToString(CultureInfo.InvariantCulture) + "月")).ToList();
        var first = samples[0];
        var last = samples[^1];
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"近 {months} 个月诚信分：{first.Day:yyyy年M月} {first.Score} 分，现在 {last.Score} 分，最高 {samples.Max(s => s.Score)} 分，最低 {samples.Min(s => s.Score)} 分");
        return new ScoreChart(W, H, line.ToString().TrimEnd(), points, guides, ticks, summary);
    }
}
