using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Catalogue.Areas.Catalogue.Models;

/// <summary>One row of the field table editor.</summary>
internal sealed class FieldForm
{
    public string? Key { get; set; }

    public string? Label { get; set; }

    public FieldType Type { get; set; } = FieldType.Text;

    public bool Required { get; set; }

    public int? MaxLength { get; set; }

    public string? Pattern { get; set; }

    /// <summary>Options written as <c>01=自然人；02=法人</c>.</summary>
    public string? Options { get; set; }

    public bool IsPersonalData { get; set; }

    public bool IsPublic { get; set; }

    /// <summary>Decimal fields: the smallest value allowed (money: 0).</summary>
    public decimal? Minimum { get; set; }

    /// <summary>Decimal fields: the largest value allowed.</summary>
    public decimal? Maximum { get; set; }

    /// <summary>Decimal fields: the column's unit (万元, 元, 小时 …).</summary>
    public string? Unit { get; set; }

    /// <summary>Date fields: may say 长期 (no end).</summary>
    public bool OpenEnded { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Label);

    /// <summary>Parses <see cref="Options"/>; null when a part is not <c>code=label</c>.</summary>
    public IReadOnlyList<FieldOption>? ParseOptions()
    {
        var result = new List<FieldOption>();
        foreach (var part in (Options ?? "").Split([';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOfAny(['=', '＝']);
            if (eq <= 0 || eq == part.Length - 1)
            {
                return null;
            }

            result.Add(new FieldOption(part[..eq].Trim(), part[(eq + 1)..].Trim()));
        }

        return result;
    }

    public static string FormatOptions(IReadOnlyList<FieldOption> options) => string.Join("；", options.Select(o => $"{o.Code}={o.Label}"));
}
