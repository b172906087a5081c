using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Huzhou.Credit.SharedKernel.Identifiers;

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character identity of every
/// organisation. Immutable and compared by value.
/// </summary>
/// <remarks>
/// Real registries contain codes whose check characters are wrong, so a check-character mismatch is a
/// warning the user can accept, while a wrong length, alphabet or prefix is an error. The code is never
/// silently corrected.
/// </remarks>
public sealed class UnifiedSocialCreditCode : IEquatable<UnifiedSocialCreditCode>
{
    /// <summary>The 31 characters a code may contain; a character's value is its index (no I, O, S, V, Z).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>The number of characters in a code.</summary>
    public const int Length = 18;

    // Character value lookup for the ASCII range; -1 marks characters outside the alphabet.
    private static readonly sbyte[] AlphabetValues = BuildAlphabetValues();
    private static readonly int[] CheckWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    // Chinese meaning of positions 1+2. Position 1 is the registration authority, position 2 the category
    // within it (GB 32100-2015 and the later additions for the military, agriculture and others).
    private static readonly FrozenDictionary<string, string> KindDescriptions = new Dictionary<string, string>
    {
        ["11"] = "机关",
        ["12"] = "事业单位",
        ["13"] = "群众团体",
        ["19"] = "其他机构编制管理的组织",
        ["21"] = "外国常驻新闻机构",
        ["29"] = "其他外交管理的组织",
        ["31"] = "律师执业机构",
        ["32"] = "公证处",
        ["33"] = "基层法律服务所",
        ["34"] = "司法鉴定机构",
        ["35"] = "仲裁委员会",
        ["39"] = "其他司法行政管理的组织",
        ["41"] = "外国在华文化中心",
        ["49"] = "其他文化管理的组织",
        ["51"] = "社会团体",
        ["52"] = "民办非企业单位",
        ["53"] = "基金会",
        ["59"] = "其他民政管理的组织",
        ["61"] = "外国旅游部门常驻代表机构",
        ["62"] = "港澳台地区旅游部门常驻内地（大陆）代表机构",
        ["69"] = "其他旅游管理的组织",
        ["71"] = "宗教活动场所",
        ["72"] = "宗教院校",
        ["79"] = "其他宗教管理的组织",
        ["81"] = "基层工会",
        ["89"] = "其他工会管理的组织",
        ["91"] = "企业",
        ["92"] = "个体工商户",
        ["93"] = "农民专业合作社",
        ["A1"] = "军队事业单位",
        ["A9"] = "其他军队管理的组织",
        ["N1"] = "组级集体经济组织",
        ["N2"] = "村级集体经济组织",
        ["N3"] = "乡镇级集体经济组织",
        ["N9"] = "其他农业管理的组织",
        ["Y1"] = "其他组织",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<char, string> AuthorityNames = new Dictionary<char, string>
    {
        ['1'] = "机构编制",
        ['2'] = "外交",
        ['3'] = "司法行政",
        ['4'] = "文化",
        ['5'] = "民政",
        ['6'] = "旅游",
        ['7'] = "宗教",
        ['8'] = "工会",
        ['9'] = "市场监管（工商）",
        ['A'] = "中央军委改革和编制办公室",
        ['N'] = "农业",
        ['Y'] = "其他",
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup =
        KindDescriptions.Keys.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private UnifiedSocialCreditCode(string value) => Value = value;

    /// <summary>
    /// The registration prefixes (positions 1-2) GB 32100 and its later additions allow. Anything else
    /// is rejected, because a wrong prefix means the text is not a credit code at all.
    /// </summary>
    public static IReadOnlyList<string> ValidPrefixes { get; } =
    [
        "11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35", "39", "41", "49",
        "51", "52", "53", "59", "61", "62", "69", "71", "72", "79", "81", "89", "91", "92", "93",
        "A1", "A9", "N1", "N2", "N3", "N9", "Y1",
    ];

    /// <summary>The 18 characters, normalised to half-width upper case.</summary>
    public string Value { get; }

    /// <summary>Positions 1-2: registration authority and organisation category.</summary>
    public string Prefix => Value[..2];

    /// <summary>Position 1: the registration-authority code (e.g. '9' market regulation, '5' civil affairs).</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>The Chinese name of the registration authority (e.g. 民政).</summary>
    public string RegistrationAuthorityName => AuthorityNames[Value[0]];

    /// <summary>Position 2: the organisation category within the registration authority.</summary>
    public char OrganisationCategory => Value[1];

    /// <summary>Positions 3-8: the GB/T 2260 division of the registering authority (not the subject's address).</summary>
    public string DivisionCode => Value[2..8];

    /// <summary>Positions 9-17: the GB 11714 organisation code including its own check character.</summary>
    public string OrganisationCode => Value[8..17];

    /// <summary>The check character (position 18) as written, which may differ from the computed one if a warning was accepted.</summary>
    public char CheckCharacter => Value[17];

    /// <summary>The platform's subject kind implied by the prefix.</summary>
    public SubjectKind Kind => KindOf(Prefix);

    /// <summary>The Chinese meaning of positions 1-2 (e.g. 91 企业, 92 个体工商户, 52 民办非企业单位).</summary>
    public string KindDescription => KindDescriptions[Prefix];

    /// <summary>True when the prefix is one of <see cref="ValidPrefixes"/> (exact, case-sensitive).</summary>
    public static bool IsValidPrefix(string? prefix) => prefix is not null && KindDescriptions.ContainsKey(prefix);

    /// <summary>Maps a prefix to the platform's subject kind: 91/92/93 enterprise, 11 organ, 12 institution, 51-53 social organisation.</summary>
    public static SubjectKind KindOf(string prefix) => KindOf(prefix.AsSpan());

    /// <summary>As <see cref="KindOf(string)"/>, for a prefix read in place (no string for it).</summary>
    public static SubjectKind KindOf(ReadOnlySpan<char> prefix) => prefix switch
    {
        "91" or "92" or "93" => SubjectKind.Enterprise,
        "11" => SubjectKind.GovernmentOrgan,
        "12" => SubjectKind.PublicInstitution,
        "51" or "52" or "53" => SubjectKind.SocialOrganisation,
        _ => SubjectKind.OtherOrganisation,
    };

    /// <summary>
    /// The four-value 行政相对人类别 code (02 法人, 03 非法人组织, 04 个体工商户) the prefix implies, for a row whose
    /// category says only 法人及非法人组织 (the current double-publicity standard). Organs, public institutions, social
    /// organisations, foundations, religious bodies, trade unions, co-operatives and collective economic organisations
    /// are legal persons; foreign and representative offices, law firms, other service bodies and the "other"
    /// categories are not. Enterprises (91) count as legal persons: sole proprietorships and partnerships are not,
    /// but their code does not say so.
    /// </summary>
    /// <param name="prefix">Positions 1-2 of a code.</param>
    public static string SubjectCategory(ReadOnlySpan<char> prefix) => prefix switch
    {
        "92" => "04",
        "11" or "12" or "13" or "19" or "32" or "35" or "51" or "52" or "53" or "71" or "72" or "81" or "91" or "93"
            or "A1" or "N1" or "N2" or "N3" => "02",
        _ => "03",
    };

    /// <summary>
    /// True when <paramref name="text"/> is a code exactly as <see cref="TryParse(string?)"/> would return it without
    /// any issue: 18 characters of <see cref="Alphabet"/>, a valid prefix, both check characters right. A fast path
    /// for bulk deliveries, where almost every code is already so; anything else goes through TryParse.
    /// </summary>
    public static bool IsNormalisedAndValid(ReadOnlySpan<char> text)
    {
        if (text.Length != Length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (ValueOf(c) < 0)
            {
                return false;
            }
        }

        return PrefixLookup.Contains(text[..2])
            && ComputeOrganisationCodeCheck(text.Slice(8, 8)) == text[16]
            && ComputeCheckCharacter(text[..17]) == text[17];
    }

    /// <summary>
    /// Parses user or file input. Trims, converts full-width characters and lower case (harmless
    /// normalisation), then reports errors (empty, length, alphabet, prefix) and warnings (check characters).
    /// </summary>
    public static IdentifierParseResult<UnifiedSocialCreditCode> TryParse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Fail(new IdentifierIssue(IdentifierIssueCodes.Empty, "请填写统一社会信用代码。", IdentifierIssueSeverity.Error));
        }

        var value = IdentifierText.Normalise(input);
        if (value.Length != Length)
        {
            return Fail(new IdentifierIssue(
                IdentifierIssueCodes.Length,
                $"统一社会信用代码应为18位，当前为{value.Length}位。",
                IdentifierIssueSeverity.Error));
        }

        List<IdentifierIssue>? issues = null;
        for (var i = 0; i < Length; i++)
        {
            if (ValueOf(value[i]) < 0)
            {
                (issues ??= []).Add(new IdentifierIssue(
                    IdentifierIssueCodes.Alphabet,
                    $"第{i + 1}位字符“{IdentifierText.Describe(value[i])}”不能出现在统一社会信用代码中（代码只使用数字和除 I、O、S、V、Z 以外的大写字母）。",
                    IdentifierIssueSeverity.Error));
            }
        }

        var prefix = value[..2];
        if (!IsValidPrefix(prefix))
        {
            (issues ??= []).Add(new IdentifierIssue(
                IdentifierIssueCodes.Prefix,
                $"前两位“{prefix}”不是有效的登记管理部门和机构类别代码。",
                IdentifierIssueSeverity.Error));
        }

        if (issues is not null)
        {
            return new IdentifierParseResult<UnifiedSocialCreditCode>(null, issues);
        }

        var expectedOrganisationCheck = ComputeOrganisationCodeCheck(value.AsSpan(8, 8));
        if (expectedOrganisationCheck != value[16])
        {
            (issues ??= []).Add(new IdentifierIssue(
                IdentifierIssueCodes.OrganisationCodeCheck,
                $"组织机构代码部分（第9-17位）的校验位应为“{expectedOrganisationCheck}”，实际为“{value[16]}”。请核对原始证照；确认无误后可注明理由接受。",
                IdentifierIssueSeverity.Warning));
        }

        var expectedCheck = ComputeCheckCharacter(value.AsSpan(0, 17));
        if (expectedCheck != value[17])
        {
            (issues ??= []).Add(new IdentifierIssue(
                IdentifierIssueCodes.CheckCharacter,
                $"校验位（第18位）按规则应为“{expectedCheck}”，实际为“{value[17]}”。请核对原始证照；确认无误后可注明理由接受。",
                IdentifierIssueSeverity.Warning));
        }

        return new IdentifierParseResult<UnifiedSocialCreditCode>(
            new UnifiedSocialCreditCode(value),
            issues is null ? [] : issues);
    }

    /// <summary>Parses input that must not contain errors (warnings are accepted), e.g. configuration or seed data.</summary>
    /// <exception cref="FormatException">The input has an error.</exception>
    public static UnifiedSocialCreditCode Parse(string input)
    {
        var result = TryParse(input);
        return result.Value ?? throw new FormatException(result.FirstErrorMessage);
    }

    /// <summary>Convenience form of <see cref="TryParse(string?)"/> for code that only needs the value.</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out UnifiedSocialCreditCode? code)
    {
        code = TryParse(input).Value;
        return code is not null;
    }

    /// <summary>Computes the GB 32100 check character (position 18) from the first 17 characters.</summary>
    /// <exception cref="ArgumentException">Not exactly 17 characters, or a character outside <see cref="Alphabet"/>.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Exactly 17 characters are required.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = ValueOf(first17[i]);
            if (v < 0)
            {
                throw new ArgumentException($"Character '{first17[i]}' at position {i + 1} is not in the credit-code alphabet.", nameof(first17));
            }

            sum += v * CheckWeights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>Computes the GB 11714 organisation-code check character (position 17 of a credit code) from its first 8 characters.</summary>
    /// <exception cref="ArgumentException">Not exactly 8 characters, or a character other than 0-9 and A-Z.</exception>
    public static char ComputeOrganisationCodeCheck(ReadOnlySpan<char> first8)
    {
        if (first8.Length != 8)
        {
            throw new ArgumentException("Exactly 8 characters are required.", nameof(first8));
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            int v = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                _ => throw new ArgumentException($"Character '{c}' at position {i + 1} is not valid in an organisation code.", nameof(first8)),
            };
            sum += v * OrganisationCodeWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var d => (char)('0' + d),
        };
    }

    /// <summary>
    /// Builds a fully valid code, computing both check characters. For generators and tests; real codes
    /// always come from the registering authority.
    /// </summary>
    /// <param name="prefix">One of <see cref="ValidPrefixes"/>, e.g. "91".</param>
    /// <param name="divisionCode">Six GB/T 2260 digits, e.g. "330502".</param>
    /// <param name="organisationCodeBody8">The first 8 characters of the organisation code (from <see cref="Alphabet"/>).</param>
    /// <exception cref="ArgumentException">Any part is malformed.</exception>
    public static UnifiedSocialCreditCode Compose(string prefix, string divisionCode, string organisationCodeBody8)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(divisionCode);
        ArgumentNullException.ThrowIfNull(organisationCodeBody8);
        if (!IsValidPrefix(prefix))
        {
            throw new ArgumentException($"'{prefix}' is not a valid credit-code prefix.", nameof(prefix));
        }

        if (divisionCode.Length != 6 || !divisionCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The division code must be six digits.", nameof(divisionCode));
        }

        if (organisationCodeBody8.Length != 8 || organisationCodeBody8.Any(c => ValueOf(c) < 0))
        {
            throw new ArgumentException("The organisation code body must be eight characters from the credit-code alphabet.", nameof(organisationCodeBody8));
        }

        Span<char> chars = stackalloc char[Length];
        prefix.AsSpan().CopyTo(chars);
        divisionCode.AsSpan().CopyTo(chars[2..]);
        organisationCodeBody8.AsSpan().CopyTo(chars[8..]);
        chars[16] = ComputeOrganisationCodeCheck(chars.Slice(8, 8));
        chars[17] = ComputeCheckCharacter(chars[..17]);
        return new UnifiedSocialCreditCode(new string(chars));
    }

    /// <inheritdoc />
    public bool Equals(UnifiedSocialCreditCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnifiedSocialCreditCode);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The 18 characters; a credit code is public information and may be shown in full.</summary>
    public override string ToString() => Value;

    /// <summary>Value equality.</summary>
    public static bool operator ==(UnifiedSocialCreditCode? left, UnifiedSocialCreditCode? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(UnifiedSocialCreditCode? left, UnifiedSocialCreditCode? right) => !(left == right);

    private static int ValueOf(char c) => c < 128 ? AlphabetValues[c] : -1;

    private static sbyte[] BuildAlphabetValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }

    private static IdentifierParseResult<UnifiedSocialCreditCode> Fail(IdentifierIssue issue) => new(null, [issue]);
}
