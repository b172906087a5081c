using System.Globalization;
using System.Text.RegularExpressions;
using Huzhou.Credit.Catalogue.Domain;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.SharedKernel.Time;

namespace Huzhou.Credit.Catalogue.Features;

/// <summary>
/// 报送模板: for an item version, the file a department fills in — the header row (field labels, the standard column
/// names for the double-publicity items), one example row that passes the item's own validation, and in XLSX a second
/// sheet 字段说明 with each field's rules. The example row is built from plausible Huzhou values, then checked with the
/// item's <see cref="IRowValidator"/>: an optional value the validator refuses is left out, so an edited item (a new
/// pattern, a range) still gets an example that imports.
/// </summary>
internal sealed class ItemTemplates(ICatalogue catalogue, TimeProvider clock)
{
    public const string DataSheet = "报送数据";
    public const string RulesSheet = "字段说明";

    public static IReadOnlyList<string> RuleHeaders { get; } =
        ["字段", "类型", "必填", "长度上限", "取值（代码 名称 / 同义词）", "单位/范围", "可填“长期”", "说明"];

    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    // Example subjects: an enterprise in 吴兴区 and a resident of it; the authority is a city bureau (机关, prefix 11).
    private static readonly string OrganisationCode = UnifiedSocialCreditCode.Compose("91", "330502", "MA2H7K3B").Value;
    private static readonly string AuthorityCode = UnifiedSocialCreditCode.Compose("11", "330500", "00250012").Value;
    private static readonly string PersonId = ResidentIdNumber.Compose("330502", new DateOnly(1985, 6, 15), 123).Value;
    private static readonly string RepresentativeId = ResidentIdNumber.Compose("330521", new DateOnly(1978, 3, 9), 215).Value;

    /// <summary>Reads <c>xlsx</c> (also the default), <c>csv</c> / <c>csv-gb18030</c> and <c>csv-utf8</c>.</summary>
    public static bool TryParseFormat(string? text, out TemplateFormat format)
    {
        format = (text ?? "xlsx").Trim().ToLowerInvariant() switch
        {
            "" or "xlsx" => TemplateFormat.Xlsx,
            "csv" or "csv-gb18030" or "gb18030" => TemplateFormat.CsvGb18030,
            "csv-utf8" or "utf8" or "utf-8" => TemplateFormat.CsvUtf8,
            _ => 0,
        };
        return format != 0;
    }

    /// <summary>The query value of a format, as the download links carry it.</summary>
    public static string FormatParameter(TemplateFormat format) => format switch
    {
        TemplateFormat.CsvGb18030 => "csv-gb18030",
        TemplateFormat.CsvUtf8 => "csv-utf8",
        _ => "xlsx",
    };

    /// <summary>E.g. <c>XZCF_行政处罚信息_报送模板_v2.xlsx</c>; the CSVs name their encoding.</summary>
    public static string FileName(CatalogueItemVersion item, TemplateFormat format) =>
        $"{item.ItemCode}_{item.Name}_报送模板_v{item.Version.ToString(CultureInfo.InvariantCulture)}{Suffix(format)}";

    /// <summary>The ASCII fallback of <see cref="FileName"/> for clients that ignore <c>filename*</c>.</summary>
    public static string AsciiFileName(CatalogueItemVersion item, TemplateFormat format) =>
        $"{item.ItemCode}_template_v{item.Version.ToString(CultureInfo.InvariantCulture)}{Suffix(format)}";

    public static string ContentType(TemplateFormat format) => format switch
    {
        TemplateFormat.CsvGb18030 => CsvWriter.ContentType(CsvFileEncoding.Gb18030),
        TemplateFormat.CsvUtf8 => CsvWriter.ContentType(CsvFileEncoding.Utf8WithBom),
        _ => XlsxWriter.ContentType,
    };

    /// <summary>The header row: each field's label, as a department's file carries it.</summary>
    public static IReadOnlyList<string> Headers(CatalogueItemVersion item) => item.Fields.Select(f => f.Label).ToArray();

    /// <summary>Writes the template to <paramref name="output"/> (a response body or a file), streaming.</summary>
    public async Task WriteAsync(CatalogueItemVersion item, TemplateFormat format, Stream output, CancellationToken cancellationToken)
    {
        var headers = Headers(item);
        var example = ExampleRow(item);
        if (format == TemplateFormat.Xlsx)
        {
            await using var xlsx = await XlsxWriter.CreateAsync(output, cancellationToken);
            var widths = headers.Select((h, i) => XlsxWriter.ColumnWidth([h, example[i]])).ToArray();
            await xlsx.StartSheetAsync(DataSheet, headers, widths, cancellationToken);
            await xlsx.WriteRowAsync(example, cancellationToken);
            var rules = RuleRows(item);
            var ruleWidths = RuleHeaders.Select((h, i) => XlsxWriter.ColumnWidth([h, .. rules.Select(r => r[i])])).ToArray();
            await xlsx.StartSheetAsync(RulesSheet, RuleHeaders, ruleWidths, cancellationToken);
            foreach (var rule in rules)
            {
                await xlsx.WriteRowAsync(rule, cancellationToken);
            }

            await xlsx.FinishAsync(cancellationToken);
            return;
        }

        var encoding = format == TemplateFormat.CsvGb18030 ? CsvFileEncoding.Gb18030 : CsvFileEncoding.Utf8WithBom;
        await using var csv = new CsvWriter(output, encoding, leaveOpen: true);
        await csv.WriteRowAsync(headers, cancellationToken);
        await csv.WriteRowAsync(example, cancellationToken);
    }

    /// <summary>
    /// One example row, by field position, that the item's validator accepts: required fields always filled, optional
    /// ones where a plausible value is known; an optional value the validator refuses is left empty.
    /// </summary>
    public string?[] ExampleRow(CatalogueItemVersion item)
    {
        var example = new ExampleSubject(item, ShanghaiTime.Today(clock));
        var row = item.Fields.Select(example.Value).ToArray();
        var validator = catalogue.CreateValidator(item);
        var values = new string?[row.Length];
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var errors = validator.Validate(row, values);
            var optional = errors.Select(e => item.IndexOfField(e.FieldKey))
                .Where(i => i >= 0 && !item.Fields[i].Required && row[i] is not null)
                .ToList();
            if (optional.Count == 0)
            {
                break;
            }

            foreach (var i in optional)
            {
                row[i] = null;
            }
        }

        return row;
    }

    /// <summary>The rows of the 字段说明 sheet, one per field, in <see cref="RuleHeaders"/> order.</summary>
    public static IReadOnlyList<string?[]> RuleRows(CatalogueItemVersion item) => item.Fields.Select(f => new[]
    {
        f.Label,
        CatalogueNames.Of(f.Type),
        f.Required ? "是" : "否",
        f.MaxLength?.ToString(CultureInfo.InvariantCulture),
        string.Join("；", f.Options.Select(Option)),
        Range(f),
        f.OpenEnded ? "可" : null,
        Note(item, f),
    }).ToList();

    private static string Suffix(TemplateFormat format) => format switch
    {
        TemplateFormat.CsvGb18030 => "_GB18030.csv",
        TemplateFormat.CsvUtf8 => "_UTF-8.csv",
        _ => ".xlsx",
    };

    private static string Option(FieldOption option)
    {
        var synonyms = option.Synonyms?.Where(s => s != FieldOption.ByCreditCode).ToList() ?? [];
        return synonyms.Count == 0 ? $"{option.Code} {option.Label}" : $"{option.Code} {option.Label} / {string.Join("、", synonyms)}";
    }

    private static string? Range(CatalogueField field)
    {
        var parts = new List<string>();
        if (field.Unit is { Length: > 0 } unit)
        {
            parts.Add($"单位：{unit}");
        }

        if (field.Minimum is { } min && field.Maximum is { } max)
        {
            parts.Add($"{Number(min)} ~ {Number(max)}");
        }
        else if (field.Minimum is { } onlyMin)
        {
            parts.Add($"≥ {Number(onlyMin)}");
        }
        else if (field.Maximum is { } onlyMax)
        {
            parts.Add($"≤ {Number(onlyMax)}");
        }

        return parts.Count == 0 ? null : string.Join("；", parts);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Note(CatalogueItemVersion item, CatalogueField field)
    {
        var notes = new List<string>();
        var keys = item.Keys;
        if (field.Key == keys.SubjectNameField)
        {
            notes.Add("主体名称");
        }

        if (field.Key == keys.SubjectCodeField)
        {
            notes.Add("法人、非法人组织和个体工商户必填");
        }

        if (field.Key == keys.SubjectIdNumberField)
        {
            notes.Add("自然人必填（居民身份证号码）");
        }

        if (field.Key == keys.SourceKeyField)
        {
            notes.Add("记录标识：同一文号重复报送视为更新");
        }

        if (field.Key == keys.DecisionDateField)
        {
            notes.Add("决定日期，不得晚于报送当日，公示期自此起算");
        }

        notes.Add(field.Type switch
        {
            FieldType.Date => "格式 yyyy-MM-dd，也可写 yyyy/M/d、yyyyMMdd、yyyy年M月d日",
            FieldType.Decimal => field.Unit is { Length: > 0 } unit ? $"填数字，单位为{unit}" : "填数字",
            FieldType.Enum => "填代码或名称",
            FieldType.CodeList => "填代码或名称，多个用“、”分隔",
            FieldType.Uscc => "18 位统一社会信用代码，校验位须正确",
            FieldType.IdNumber => "18 位居民身份证号码，校验位须正确",
            _ => "",
        });
        if (field.Pattern is { Length: > 0 } pattern)
        {
            notes.Add($"格式（正则）：{pattern}");
        }

        if (field.IsPersonalData)
        {
            notes.Add("个人信息");
        }

        if (!field.IsPublic)
        {
            notes.Add("不公开");
        }

        return string.Join("；", notes.Where(n => n.Length > 0));
    }

    /// <summary>The example's subject and dates, and a value per field.</summary>
    private sealed class ExampleSubject
    {
        private readonly CatalogueItemVersion _item;
        private readonly bool _person;
        private readonly DateOnly _decision;
        private readonly DateOnly _until;
        private readonly string _year;

        public ExampleSubject(CatalogueItemVersion item, DateOnly today)
        {
            _item = item;
            // An organisation wherever the item allows one: its row needs no personal data.
            _person = item.SubjectKinds.Count > 0 && item.SubjectKinds.All(k => k == SubjectKind.NaturalPerson);
            _decision = today.AddMonths(-1);
            _until = _decision.AddYears(5).AddDays(-1);
            _year = _decision.Year.ToString(CultureInfo.InvariantCulture);
        }

        public string? Value(CatalogueField field)
        {
            var value = Known(field) ?? (field.Required ? Fallback(field) : null);
            if (value is not null && Fits(field, value))
            {
                return value;
            }

            return field.Required ? Candidates(field).FirstOrDefault(c => Fits(field, c)) : null;
        }

        private static bool IsAuthority(string key) =>
            key.Contains("机关", StringComparison.Ordinal) || key.Contains("部门", StringComparison.Ordinal)
            || key.Contains("单位", StringComparison.Ordinal) || key.Contains("机构", StringComparison.Ordinal);

        private static bool IsEndDate(string key) =>
            key.Contains('至', StringComparison.Ordinal) || key.Contains("截止", StringComparison.Ordinal)
            || key.Contains("有效期", StringComparison.Ordinal);

        private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static string? OptionLabel(CatalogueField field, params string[] preferred) =>
            preferred.Select(p => field.Options.FirstOrDefault(o => o.Label == p)).FirstOrDefault(o => o is not null)?.Label
            ?? (field.Options.Count > 0 ? field.Options[0].Label : null);

        private string? Known(CatalogueField field)
        {
            var keys = _item.Keys;
            var key = field.Key;
            if (key == keys.SubjectNameField)
            {
                return _person ? "沈建华" : "湖州示例纺织科技有限公司";
            }

            if (key == keys.SubjectCodeField)
            {
                return _person ? null : OrganisationCode;
            }

            if (key == keys.SubjectIdNumberField)
            {
                return _person ? PersonId : null;
            }

            if (key == keys.DecisionDateField)
            {
                return Date(_decision);
            }

            return key switch
            {
                "行政相对人类别" => OptionLabel(field, _person ? "自然人" : "法人"),
                "法定代表人" or "法定代表人（负责人）" => _person ? null : "沈国强",
                "法定代表人证件类型" => _person ? null : OptionLabel(field, "身份证"),
                "法定代表人证件号码" => _person ? null : RepresentativeId,
                "证件类型" => _person ? OptionLabel(field, "身份证") : null,
                "行政处罚决定书文号" => $"湖市监处罚〔{_year}〕18号",
                "违法行为类型" => "销售不合格产品",
                "违法事实" => "当事人销售的童装经抽样检验，纤维含量项目不合格，货值金额8600元。",
                "处罚依据" => "《中华人民共和国产品质量法》第四十九条",
                "处罚类别" => OptionLabel(field, "罚款"),
                "处罚内容" => "罚款人民币2万元",
                // A bare number: the unit is in the column name; written without it the value passes whether or not
                // the column declares a unit.
                "罚款金额（万元）" => "2",
                "案件程序类别" => OptionLabel(field, "一般程序"),
                "行政许可决定文书名称" => "食品经营许可决定书",
                "行政许可决定文书号" => $"湖市监许〔{_year}〕56号",
                "许可类别" => OptionLabel(field, "普通"),
                "许可证书名称" => "食品经营许可证",
                "许可编号" => "JY13305020012345",
                "许可内容" => "预包装食品销售（含冷藏冷冻食品）",
                "有效期自" => Date(_decision),
                "当前状态" => OptionLabel(field, "有效"),
                "主管税务机关" => "国家税务总局湖州市税务局",
                "评价分值" => "85",
                _ => null,
            };
        }

        private string? Fallback(CatalogueField field) => field.Type switch
        {
            FieldType.Date => Date(IsEndDate(field.Key) ? _until : _decision),
            FieldType.Uscc => IsAuthority(field.Key) ? AuthorityCode : OrganisationCode,
            FieldType.IdNumber => PersonId,
            FieldType.Enum or FieldType.CodeList => OptionLabel(field),
            FieldType.Decimal => "2",
            _ when IsAuthority(field.Key) => "湖州市市场监督管理局",
            _ => null,
        };

        private IEnumerable<string> Candidates(CatalogueField field)
        {
            yield return "示例" + CellText.NormaliseHeader(field.Label).Split('(')[0];
            yield return _decision.ToString("yyyyMM", CultureInfo.InvariantCulture);
            yield return _year;
            foreach (var number in new[] { "2", "85", "1", "0", "A" })
            {
                yield return number;
            }
        }

        private static bool Fits(CatalogueField field, string value)
        {
            if (field.MaxLength is { } max && value.Length > max)
            {
                return false;
            }

            if (field.Type == FieldType.Decimal && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                && ((field.Minimum is { } min && number < min) || (field.Maximum is { } limit && number > limit)))
            {
                return false;
            }

            try
            {
                return field.Pattern is not { Length: > 0 } pattern || Regex.IsMatch(value, pattern, RegexOptions.None, PatternTimeout);
            }
            catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
            {
                return false;
            }
        }
    }
}
