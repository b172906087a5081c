using Huzhou.Credit.Catalogue.Features;
using Huzhou.Credit.Catalogue.Seed;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Tabular;
using Huzhou.Credit.UnitTests.Identifiers;

namespace Huzhou.Credit.UnitTests.Catalogue;

public sealed class ItemTemplatesTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 12, 7, 4, 0, 0, TimeSpan.Zero));

    private static readonly ItemTemplates Templates = new(new ValidatingCatalogue(), Clock);

    public static TheoryData<string> SeededItems => [.. StandardItems.All().Select(i => i.ItemCode)];

    [Theory]
    [MemberData(nameof(SeededItems))]
    public void Example_row_of_every_seeded_item_passes_its_own_validation(string itemCode)
    {
        var item = StandardItems.All().Single(i => i.ItemCode == itemCode);

        var row = Templates.ExampleRow(item);

        Assert.Equal(item.Fields.Count, row.Length);
        Assert.Empty(new RowValidator(item, Clock).Validate(row, new string?[row.Length]));
        Assert.All(item.Fields.Select((f, i) => (f, v: row[i])).Where(x => x.f.Required), x => Assert.False(string.IsNullOrEmpty(x.v), x.f.Key));
        var decision = row[item.IndexOfField(item.Keys.DecisionDateField)];
        Assert.True(DateOnly.ParseExact(decision!, "yyyy-MM-dd") < new DateOnly(2026, 12, 7), "the decision date is in the past");
    }

    [Fact]
    public void Penalty_example_is_an_organisation_with_a_valid_credit_code_and_no_personal_id()
    {
        var item = StandardItems.Penalty();

        var row = Templates.ExampleRow(item);

        string? Cell(string key) => row[item.IndexOfField(key)];
        Assert.Equal("法人", Cell("行政相对人类别"));
        Assert.True(UnifiedSocialCreditCode.TryParse(Cell("行政相对人代码_1"), out var code));
        Assert.Equal(SubjectKind.Enterprise, code.Kind);
        Assert.Null(Cell("证件号码"));
        Assert.Null(Cell("证件类型"));
        Assert.Equal("罚款", Cell("处罚类别"));
        Assert.Equal("2", Cell("罚款金额（万元）"));
        Assert.Equal("2026-11-07", Cell("处罚决定日期"));
        Assert.StartsWith("湖市监处罚〔2026〕", Cell("行政处罚决定书文号"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_only_for_persons_gets_a_person_with_a_valid_resident_id()
    {
        var item = StandardItems.All().Single(i => i.ItemCode == "ZYFW");

        var row = Templates.ExampleRow(item);

        Assert.True(ResidentIdNumber.TryParse(row[item.IndexOfField("身份证号码")]).Issues.Count == 0);
        Assert.Equal("沈建华", row[item.IndexOfField("志愿者姓名")]);
    }

    [Fact]
    public void An_optional_value_outside_the_field_rules_is_left_out_and_a_required_one_is_fitted()
    {
        var penalty = StandardItems.Penalty();
        var fields = penalty.Fields.Select(f => f.Key switch
        {
            "罚款金额（万元）" => f with { Maximum = 1m },
            "违法行为类型" => f with { Pattern = "^[0-9]{4}$" },
            _ => f,
        }).ToArray();
        var item = penalty with { Fields = fields };

        var row = Templates.ExampleRow(item);

        Assert.Null(row[item.IndexOfField("罚款金额（万元）")]);
        Assert.Equal("2026", row[item.IndexOfField("违法行为类型")]);
    }

    [Fact]
    public void Rules_sheet_states_type_requirement_options_synonyms_range_and_open_end()
    {
        var penalty = StandardItems.Penalty();
        var item = penalty with
        {
            Fields = penalty.Fields.Select(f => f.Key switch
            {
                "罚款金额（万元）" => f with { Minimum = 0m, Unit = "万元" },
                "处罚有效期" => f with { OpenEnded = true },
                "处罚类别" => f with { Options = [new("01", "警告", ["警示"]), .. f.Options.Skip(1)] },
                _ => f,
            }).ToArray(),
        };

        var rules = ItemTemplates.RuleRows(item);

        Assert.Equal(item.Fields.Count, rules.Count);
        Assert.All(rules, r => Assert.Equal(ItemTemplates.RuleHeaders.Count, r.Length));
        var kinds = rules.Single(r => r[0] == "处罚类别");
        Assert.Equal(new[] { "处罚类别", "多选代码", "是", "" }, kinds[..4].Select(c => c ?? ""));
        Assert.StartsWith("01 警告 / 警示；02 通报批评；03 罚款", kinds[4], StringComparison.Ordinal);
        Assert.Contains("多个用“、”分隔", kinds[7], StringComparison.Ordinal);
        var fine = rules.Single(r => r[0] == "罚款金额（万元）");
        Assert.Equal("单位：万元；≥ 0", fine[5]);
        Assert.Equal("可", rules.Single(r => r[0] == "处罚有效期")[6]);
        Assert.Equal("128", rules.Single(r => r[0] == "行政处罚决定书文号")[3]);
        Assert.Contains("不公开", rules.Single(r => r[0] == "证件号码")[7], StringComparison.Ordinal);
        Assert.Equal("行政相对人代码_1（统一社会信用代码）", rules[2][0]);
    }

    [Fact]
    public async Task Xlsx_template_reads_back_as_header_and_example_and_csv_in_gb18030()
    {
        var item = StandardItems.Licence();
        using var xlsx = new MemoryStream();
        await Templates.WriteAsync(item, TemplateFormat.Xlsx, xlsx, CancellationToken.None);
        using var csv = new MemoryStream();
        await Templates.WriteAsync(item, TemplateFormat.CsvGb18030, csv, CancellationToken.None);

        xlsx.Position = 0;
        await using (var source = await RowSources.OpenAsync(xlsx, "t.xlsx"))
        {
            Assert.Equal(ItemTemplates.Headers(item), source.Headers);
            Assert.True(await source.ReadAsync());
            Assert.Equal("食品经营许可决定书", source.GetString(item.IndexOfField("行政许可决定文书名称")));
        }

        csv.Position = 0;
        await using (var source = await RowSources.OpenAsync(csv, "t.csv"))
        {
            Assert.Equal("GB18030", source.EncodingName);
            Assert.Equal(ItemTemplates.Headers(item), source.Headers);
            Assert.True(await source.ReadAsync());
            Assert.False(await source.ReadAsync());
        }

        Assert.Equal("XZXK_行政许可信息_报送模板_v1.xlsx", ItemTemplates.FileName(item, TemplateFormat.Xlsx));
        Assert.Equal("XZXK_行政许可信息_报送模板_v1_GB18030.csv", ItemTemplates.FileName(item, TemplateFormat.CsvGb18030));
        Assert.Equal("XZXK_template_v1_UTF-8.csv", ItemTemplates.AsciiFileName(item, TemplateFormat.CsvUtf8));
    }

    /// <summary>Only what the templates use: the real validator.</summary>
    private sealed class ValidatingCatalogue : ICatalogue
    {
        public Task<IReadOnlyList<CatalogueItemSummary>> ListItemsAsync(bool includeRetired, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<CatalogueItemVersion?> GetCurrentAsync(string itemCode, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<CatalogueItemVersion?> GetVersionAsync(string itemCode, int version, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<PublicityRuleVersionInfo>> ListRuleVersionsAsync(CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public IRowValidator CreateValidator(CatalogueItemVersion item) => new RowValidator(item, Clock);
    }
}
