namespace Huzhou.Credit.Catalogue.Domain;

/// <summary>Keys of the double-publicity standard columns the rules read.</summary>
internal static class StandardColumns
{
    public const string SubjectCategory = "行政相对人类别";
    public const string NaturalPersonCategory = "01";
    public const string PenaltyKinds = "处罚类别";
    public const string Procedure = "案件程序类别";
    public const string SimpleProcedure = "01";
    public const string Fine = "罚款金额（万元）";

    /// <summary>Separators between several penalty kinds or codes in one cell.</summary>
    public static readonly char[] ListSeparators = ['、', '，', ',', ';', '；'];
}
