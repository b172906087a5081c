using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.SharedKernel.Tabular;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// The cells of a rejected row: kept encrypted for the delivering department's rejection report (as delivered, so it
/// can be fixed and uploaded again) and masked for everyone else. A column is personal when the header map puts a
/// personal field in it (法定代表人证件号码, 证件号码, 法定代表人 …); a cell anywhere that looks like an ID number is
/// masked too, in case a file carries one in a column the catalogue does not know.
/// </summary>
internal sealed partial class RejectedCells(PersonalDataProtector protector, bool[] personalColumns)
{
    /// <summary>Which columns of a file hold personal fields, from its header map.</summary>
    public static bool[] PersonalColumns(HeaderMap map, int headerCount)
    {
        var personal = new bool[headerCount];
        for (var f = 0; f < map.Item.Fields.Count; f++)
        {
            var field = map.Item.Fields[f];
            if (map.ColumnOfField[f] is var column && column >= 0 && column < headerCount
                && (field.IsPersonalData || field.Type == Contracts.Catalogue.FieldType.IdNumber))
            {
                personal[column] = true;
            }
        }

        return personal;
    }

    public byte[] Protect(IReadOnlyList<string> cells) => protector.Encrypt(JsonSerializer.Serialize(cells));

    public IReadOnlyList<string> Unprotect(byte[] cells) => JsonSerializer.Deserialize<string[]>(protector.Decrypt(cells)) ?? [];

    /// <summary>The cells with personal data masked.</summary>
    public IReadOnlyList<string> Masked(IReadOnlyList<string> cells) => Mask(cells, personalColumns);

    /// <summary>The cells with the personal columns and any ID-like text masked.</summary>
    public static string[] Mask(IReadOnlyList<string> cells, bool[] personalColumns) =>
        cells.Select((cell, i) => Mask(cell, i < personalColumns.Length && personalColumns[i])).ToArray();

    /// <summary>A text (a rejection reason quoting a delivered value) with ID-like numbers masked.</summary>
    public static string MaskIdNumbers(string text) => Mask(text, personal: false);

    /// <summary>The masked cells as one CSV line, for the batch page.</summary>
    public string MaskedLine(IReadOnlyList<string> cells)
    {
        var line = new StringBuilder();
        var masked = Masked(cells);
        for (var i = 0; i < masked.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            CellText.AppendCsvField(line, CellText.Printable(masked[i], 2_000));
        }

        return line.ToString();
    }

    private static string Mask(string cell, bool personal)
    {
        if (cell.Length == 0)
        {
            return cell;
        }

        // Only what reads as a resident ID (valid address, birth date; any check digit) is masked: an all-digit credit code
        // has the same shape but is public.
        if (IdLike().IsMatch(cell))
        {
            cell = IdLike().Replace(cell, m => ResidentIdNumber.TryParse(m.Value).Succeeded ? Masking.IdNumber(m.Value) : m.Value);
        }

        if (!personal)
        {
            return cell;
        }

        return cell.Contains('*', StringComparison.Ordinal) ? cell : Masking.PersonName(cell);
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex IdLike();
}
