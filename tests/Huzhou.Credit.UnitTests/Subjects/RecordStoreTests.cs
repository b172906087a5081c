using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.Subjects.Records;

namespace Huzhou.Credit.UnitTests.Subjects;

public sealed class RecordStoreTests
{
    [Theory]
    [InlineData("330502", "330502")]
    [InlineData("330503", "330503")]
    [InlineData("330521", "330521")]
    [InlineData("330522", "330522")]
    [InlineData("330523", "330523")]
    [InlineData("330500", "330500")]
    [InlineData("330599", "330500")]
    [InlineData("330106", "330500")]
    public void Pending_subject_district_is_the_Huzhou_district_or_the_city(string division, string expected)
    {
        Assert.Equal(expected, PendingSubjects.DistrictOf(division));
        Assert.Equal(expected, PendingSubjects.DistrictOf(("91" + division + "MA2B3C4D").AsSpan(2, 6)));
    }

    [Theory]
    [InlineData("91", "330502")]
    [InlineData("92", "330106")]
    [InlineData("11", "330523")]
    [InlineData("52", "330500")]
    [InlineData("Y1", "110105")]
    public void Staged_subject_of_a_credit_code_is_what_parsing_the_code_gives_with_or_without_a_check_warning(string prefix, string division)
    {
        var valid = UnifiedSocialCreditCode.Compose(prefix, division, "MA2B3C4D").Value;
        var wrongCheck = valid[..17] + (valid[17] == '0' ? '1' : '0');
        foreach (var code in new[] { valid, wrongCheck })
        {
            var parsed = UnifiedSocialCreditCode.TryParse(code);
            var period = new PublicityPeriod(new DateOnly(2026, 1, 1), null, null, null, "indefinite", true);
            var record = new IncomingCreditRecord(2, SubjectKeyKind.Uscc, code, "n", "XZCF", 1, "k", new DateOnly(2026, 1, 1), period, "[]");

            var staged = StagedSubject.From(record, null!);

            Assert.Equal(parsed.Value!.Value, staged.Uscc);
            Assert.Equal(parsed.HasWarnings, staged.UsccWarning);
            Assert.Equal(parsed.Value.Kind, staged.Kind);
            Assert.Equal(PendingSubjects.DistrictOf(parsed.Value.DivisionCode), staged.District);
            Assert.Null(staged.IdIndex);
        }
    }

    [Fact]
    public void Content_hash_is_stable_and_sees_payload_and_publicity_changes()
    {
        var scratch = new byte[32];
        var period = new PublicityPeriod(new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), null, PenaltyClass.General, "2025", true);
        var row = new IncomingCreditRecord(1, SubjectKeyKind.Uscc, "x", "n", "XZCF", 1, "k", new DateOnly(2026, 1, 1), period, "{\"a\":\"1\"}");

        var hash = ContentHash.Compute(row, scratch);

        Assert.Equal(ContentHash.Length, hash.Length);
        Assert.Equal(hash, ContentHash.Compute(row with { RowNumber = 9, SubjectName = "other" }, scratch));
        Assert.NotEqual(hash, ContentHash.Compute(row with { PayloadJson = "{\"a\":\"2\"}" }, scratch));
        Assert.NotEqual(hash, ContentHash.Compute(row with { Publicity = period with { End = new DateOnly(2028, 1, 1) } }, scratch));
    }

    [Fact]
    public void Array_payloads_are_labelled_from_the_item_version_and_empty_values_are_left_out()
    {
        var fields = CreditRecordQueries.PayloadFields("[\"警告\",1.5,null,\"湖州市市场监督管理局\"]", ["处罚内容", "罚款金额", "没收金额", "处罚机关"]);

        Assert.Equal(["处罚内容", "罚款金额", "处罚机关"], fields.Select(f => f.Key));
        Assert.Equal(["警告", "1.5", "湖州市市场监督管理局"], fields.Select(f => f.Value));
        Assert.Equal(["字段 1", "字段 2"], CreditRecordQueries.PayloadFields("[\"a\",\"b\"]").Select(f => f.Key));
    }

    [Fact]
    public void Enum_and_code_list_codes_are_shown_as_their_catalogue_labels_and_unknown_codes_as_delivered()
    {
        IReadOnlyList<Huzhou.Credit.Contracts.Catalogue.FieldOption> kinds = [new("01", "自然人"), new("02", "法人及非法人组织")];
        IReadOnlyList<Huzhou.Credit.Contracts.Catalogue.FieldOption> penalties = [new("01", "警告"), new("02", "罚款"), new("03", "没收违法所得")];
        Huzhou.Credit.Contracts.Catalogue.CatalogueField Field(string label, Huzhou.Credit.Contracts.Catalogue.FieldType type, IReadOnlyList<Huzhou.Credit.Contracts.Catalogue.FieldOption> options) =>
            new(label, label, type, false, null, null, options, false, true);

        var fields = CreditRecordQueries.PayloadFields("[\"02\",\"01、02\",\"09\",\"经查属实\"]",
        [
            Field("行政相对人类别", Huzhou.Credit.Contracts.Catalogue.FieldType.Enum, kinds),
            Field("处罚类别", Huzhou.Credit.Contracts.Catalogue.FieldType.CodeList, penalties),
            Field("证件类型", Huzhou.Credit.Contracts.Catalogue.FieldType.Enum, kinds),
            Field("违法事实", Huzhou.Credit.Contracts.Catalogue.FieldType.Text, []),
        ]);

        Assert.Equal(["法人及非法人组织", "警告、罚款", "09", "经查属实"], fields.Select(f => f.Value));
    }

    [Fact]
    public void Object_payloads_written_before_adr_0007_still_read_with_their_keys()
    {
        var fields = CreditRecordQueries.PayloadFields("{\"处罚内容\":\"警告\",\"金额\":1.5,\"空\":null}");

        Assert.Equal(["处罚内容", "金额"], fields.Select(f => f.Key));
        Assert.Equal(["警告", "1.5"], fields.Select(f => f.Value));
    }

    [Fact]
    public void Record_ids_are_derived_from_item_and_source_key_and_are_positive()
    {
        var id = RecordKey.Compute("XZCF", "湖市监处罚〔2025〕113号");

        Assert.Equal(id, RecordKey.Compute("XZCF", "湖市监处罚〔2025〕113号"));
        Assert.True(id > 0);
        Assert.NotEqual(id, RecordKey.Compute("XZXK", "湖市监处罚〔2025〕113号"));
        Assert.NotEqual(id, RecordKey.Compute("XZCF", "湖市监处罚〔2025〕114号"));
        // The separator keeps ("AB", "C") and ("A", "BC") apart.
        Assert.NotEqual(RecordKey.Compute("AB", "C"), RecordKey.Compute("A", "BC"));
        Assert.True(RecordKey.Compute("X", new string('长', 600)) > 0);
    }
}
