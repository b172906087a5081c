using Huzhou.Credit.SharedKernel;

namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>The sections of the 1+9+X dossier an item's records are shown under.</summary>
public enum DossierSection
{
    /// <summary>概况 (the "1").</summary>
    Overview = 0,

    /// <summary>行政许可.</summary>
    AdministrativeLicence = 1,

    /// <summary>行政处罚.</summary>
    AdministrativePenalty = 2,

    /// <summary>红名单.</summary>
    RedList = 3,

    /// <summary>黑名单.</summary>
    BlackList = 4,

    /// <summary>证照信息.</summary>
    Certificates = 5,

    /// <summary>双随机抽查.</summary>
    RandomInspection = 6,

    /// <summary>信用承诺.</summary>
    Commitment = 7,

    /// <summary>行业信用评价.</summary>
    IndustryEvaluation = 8,

    /// <summary>表彰荣誉.</summary>
    Honour = 9,

    /// <summary>其他 (the "X").</summary>
    Other = 10,
}

/// <summary>Whether an item's records speak for or against the subject.</summary>
public enum InformationNature
{
    /// <summary>基础信息.</summary>
    Basic = 1,

    /// <summary>守信（良好）信息.</summary>
    Good = 2,

    /// <summary>失信（不良）信息.</summary>
    Bad = 3,

    /// <summary>中性信息.</summary>
    Neutral = 4,
}

/// <summary>Who may see an item's records.</summary>
public enum Disclosure
{
    /// <summary>社会公开.</summary>
    Public = 1,

    /// <summary>授权查询 (the subject's consent or a legal basis).</summary>
    AuthorisedQuery = 2,

    /// <summary>政务共享 (government use only).</summary>
    GovernmentSharing = 3,
}

/// <summary>The type of a field of an item's schema.</summary>
public enum FieldType
{
    /// <summary>Free text.</summary>
    Text = 1,

    /// <summary>A calendar date (yyyy-MM-dd, also yyyy/M/d and yyyyMMdd on input).</summary>
    Date = 2,

    /// <summary>A decimal number.</summary>
    Decimal = 3,

    /// <summary>One value of <see cref="CatalogueField.Options"/> (matched by code or label).</summary>
    Enum = 4,

    /// <summary>A unified social credit code.</summary>
    Uscc = 5,

    /// <summary>A resident ID number.</summary>
    IdNumber = 6,

    /// <summary>One or more values of <see cref="CatalogueField.Options"/>, separated by 、 ， , ; or ；.</summary>
    CodeList = 7,
}

/// <summary>How long an item's records stay in public view.</summary>
public enum PublicityRuleKind
{
    /// <summary>A fixed number of months from the decision date (<see cref="CatalogueItemVersion.PublicityMonths"/>).</summary>
    FixedPeriod = 1,

    /// <summary>The penalty-class rule of domain.md §3: the class decides the period, by rule version.</summary>
    PenaltyClass = 2,

    /// <summary>Shown for as long as it is valid (basic and neutral information, certificates).</summary>
    Indefinite = 3,
}

/// <summary>The class of a penalty decision under the publicity rules.</summary>
public enum PenaltyClass
{
    /// <summary>轻微.</summary>
    Minor = 1,

    /// <summary>一般.</summary>
    General = 2,

    /// <summary>严重.</summary>
    Serious = 3,
}

/// <summary>One option of an enum or code-list field.</summary>
/// <param name="Code">The code delivered by departments, e.g. <c>01</c>.</param>
/// <param name="Label">The Chinese label, e.g. 自然人; files may carry either.</param>
/// <param name="Synonyms">
/// Other texts that mean this option (earlier versions of a standard, other platforms' wording). They are kept
/// in the catalogue's synonym table, not in the item version, and merged in when the catalogue is read; matching
/// ignores width, spaces and case (<see cref="OptionText.Normalise"/>).
/// </param>
public sealed record FieldOption(string Code, string Label, IReadOnlyList<string>? Synonyms = null)
{
    /// <summary>
    /// The code a synonym of the subject-category field (行政相对人类别) maps to when the text does not decide between
    /// 02 法人 and 03 非法人组织 (the current standard's 法人及非法人组织): the subject's credit code decides
    /// (<see cref="SharedKernel.Identifiers.UnifiedSocialCreditCode.SubjectCategory"/>). When such synonyms exist the
    /// field's options end with a pseudo-option of this code carrying them; it is never a stored value.
    /// </summary>
    public const string ByCreditCode = "*";
}

/// <summary>How option texts are compared: full-width letters and digits as half-width, no spaces, upper case.</summary>
public static class OptionText
{
    /// <summary>The comparable form of a delivered text or a synonym.</summary>
    public static string Normalise(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            var ch = c switch
            {
                '\u3000' => ' ',
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                _ => c,
            };
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF')
            {
                continue;
            }

            buffer[length++] = char.ToUpperInvariant(ch);
        }

        return new string(buffer[..length]);
    }
}

/// <summary>One field of an item's schema.</summary>
/// <param name="Key">Stable key used in payloads; for the double-publicity items it is the standard Chinese column name.</param>
/// <param name="Label">The Chinese label shown on screen and accepted as a file header.</param>
/// <param name="Type">The field type.</param>
/// <param name="Required">Whether a value is required.</param>
/// <param name="MaxLength">Maximum length of the text, when limited.</param>
/// <param name="Pattern">A regular expression the text must match, when given.</param>
/// <param name="Options">The allowed values of enum and code-list fields.</param>
/// <param name="IsPersonalData">Personal data: masked outside authorised staff views, never logged.</param>
/// <param name="IsPublic">Whether the field is shown in public views.</param>
/// <param name="Minimum">Decimal fields: the smallest value allowed (money amounts: 0), when limited.</param>
/// <param name="Maximum">Decimal fields: the largest value allowed, when limited.</param>
/// <param name="Unit">
/// Decimal fields: the column's unit (e.g. 万元). A value written with this unit after the number (“2万元”) is read
/// as the number; a value with another unit (“20000元”) is refused with a reason naming this one.
/// </param>
/// <param name="OpenEnded">
/// Date fields: the field may say the period has no end (长期, 永久, 长期有效, 无固定期限); stored as
/// <see cref="OpenEndedDate.Value"/>.
/// </param>
public sealed record CatalogueField(
    string Key,
    string Label,
    FieldType Type,
    bool Required,
    int? MaxLength,
    string? Pattern,
    IReadOnlyList<FieldOption> Options,
    bool IsPersonalData,
    bool IsPublic,
    decimal? Minimum = null,
    decimal? Maximum = null,
    string? Unit = null,
    bool OpenEnded = false);

/// <summary>The words a validity or end-date column uses for “no end”, and the value such a field is stored as.</summary>
public static class OpenEndedDate
{
    /// <summary>The normalised value of an open-ended date field: 长期.</summary>
    public const string Value = "长期";

    /// <summary>What departments write for “no end date”.</summary>
    public static IReadOnlyList<string> Words { get; } = ["长期", "永久", "长期有效", "无固定期限", "永久有效", "无期限"];

    /// <summary>True when the text (trimmed) is one of <see cref="Words"/>.</summary>
    public static bool IsOpenEnded(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        foreach (var word in Words)
        {
            if (text.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Which fields of a row identify the subject, the record and its decision date.</summary>
/// <param name="SubjectNameField">The field holding the subject's name (行政相对人名称).</param>
/// <param name="SubjectCodeField">The field holding an organisation's USCC (行政相对人代码_1), if any.</param>
/// <param name="SubjectIdNumberField">The field holding a natural person's ID number (证件号码), if any.</param>
/// <param name="SourceKeyField">The department's own identifier of the record (e.g. 行政处罚决定书文号).</param>
/// <param name="DecisionDateField">The decision date the publicity period runs from (e.g. 处罚决定日期).</param>
public sealed record RecordKeyFields(
    string SubjectNameField,
    string? SubjectCodeField,
    string? SubjectIdNumberField,
    string SourceKeyField,
    string DecisionDateField);

/// <summary>One version of a catalogue item (目录信息项). Records keep the version they were validated against.</summary>
/// <param name="ItemCode">Stable code, e.g. <c>XZCF</c>.</param>
/// <param name="Name">Chinese name, e.g. 行政处罚信息.</param>
/// <param name="Version">Version number, from 1.</param>
/// <param name="Section">Dossier section.</param>
/// <param name="Nature">Basic, good, bad or neutral.</param>
/// <param name="SubjectKinds">The subject kinds the item applies to.</param>
/// <param name="ProviderDepartments">Codes of the departments that deliver the item.</param>
/// <param name="Disclosure">Who may see the records.</param>
/// <param name="PublicityRule">How long records stay public.</param>
/// <param name="PublicityMonths">For <see cref="PublicityRuleKind.FixedPeriod"/>: the months.</param>
/// <param name="UpdateFrequency">How often departments deliver, as shown (e.g. 实时, 每日, 每月).</param>
/// <param name="Keys">The fields that identify subject, record and decision date.</param>
/// <param name="Fields">The schema, in delivery order.</param>
/// <param name="IsRetired">Retired items accept no new deliveries; they are never deleted.</param>
public sealed record CatalogueItemVersion(
    string ItemCode,
    string Name,
    int Version,
    DossierSection Section,
    InformationNature Nature,
    IReadOnlyList<SubjectKind> SubjectKinds,
    IReadOnlyList<string> ProviderDepartments,
    Disclosure Disclosure,
    PublicityRuleKind PublicityRule,
    int? PublicityMonths,
    string UpdateFrequency,
    RecordKeyFields Keys,
    IReadOnlyList<CatalogueField> Fields,
    bool IsRetired)
{
    /// <summary>The position of the field with this key in <see cref="Fields"/> (and in a positional row or payload), or -1.</summary>
    /// <param name="key">The field key; null finds nothing.</param>
    public int IndexOfField(string? key)
    {
        for (var i = 0; key is not null && i < Fields.Count; i++)
        {
            if (Fields[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A line of the catalogue list.</summary>
/// <param name="ItemCode">Item code.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="CurrentVersion">The version new deliveries are validated against.</param>
/// <param name="Section">Dossier section.</param>
/// <param name="Nature">Nature.</param>
/// <param name="Disclosure">Disclosure.</param>
/// <param name="IsRetired">Whether retired.</param>
public sealed record CatalogueItemSummary(string ItemCode, string Name, int CurrentVersion, DossierSection Section, InformationNature Nature, Disclosure Disclosure, bool IsRetired);
