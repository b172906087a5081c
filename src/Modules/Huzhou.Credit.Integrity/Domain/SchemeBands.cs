
namespace Huzhou.Credit.Integrity.Domain;

/// <summary>Reads and checks a scheme's band text.</summary>
internal static class SchemeBands
{
    public static IReadOnlyList<(int MinPoints, string Name)> Parse(string? text) =>
        TryParse(text, out var bands, out _) ? bands : [];

    /// <summary>The band of <paramref name="points"/> among parsed bands (best first), or null below the lowest.</summary>
    public static string? Of(IReadOnlyList<(int MinPoints, string Name)> bands, int points) =>
        bands.Where(b => points >= b.MinPoints).Select(b => b.Name).FirstOrDefault();

    /// <summary>Parses <c>120:五星;110:四星;0:一星</c> (full-width colon and semicolon too); the error is in Chinese.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<(int MinPoints, string Name)> bands, out string? error)
    {
        var list = new List<(int, string)>();
        bands = list;
        error = null;
        foreach (var part in (text ?? "").Replace('；', ';').Replace('：', ':').Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':', 2, StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || !int.TryParse(pieces[0], out var min) || pieces[1].Length is 0 or > 20)
            {
                error = $"等级设置“{part}”格式不对，应为“分数:名称”，如“120:五星诚信商户”。";
                return false;
            }

            list.Add((min, pieces[1]));
        }

        list.Sort((a, b) => b.Item1.CompareTo(a.Item1));
        return true;
    }
}
