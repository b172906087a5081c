namespace Huzhou.Credit.Integrity.Domain;

/// <summary>
/// The integrity code's levels (诚信等级) on the 0–1000 personal score, version 1. The scale is the one the province's
/// partner cities honour (同城待遇): a code from 嘉兴, 温州 or 金华 carries the same level codes.
/// </summary>
internal static class IntegrityLevels
{
    public const int ScaleVersion = 1;

    /// <summary>Level code, name, lowest score (inclusive); best first.</summary>
    public static IReadOnlyList<(int Level, string Name, int MinScore)> All { get; } =
    [
        (5, "AAA 诚信优秀", 850),
        (4, "AA 诚信良好", 750),
        (3, "A 诚信合格", 600),
        (2, "B 诚信提示", 450),
        (1, "C 诚信警示", 0),
    ];

    public static int Of(int score) => All.First(l => score >= l.MinScore).Level;

    public static string Name(int level) => All.FirstOrDefault(l => l.Level == level).Name ?? $"等级 {level}";
}
