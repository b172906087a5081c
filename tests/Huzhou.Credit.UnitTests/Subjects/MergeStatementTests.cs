using Huzhou.Credit.Subjects.Records;

namespace Huzhou.Credit.UnitTests.Subjects;

public sealed class MergeStatementTests
{
    [Fact]
    public void A_batch_of_organisations_only_joins_subjects_by_code_only()
    {
        var sql = CreditRecordSql.MergeFor(organisations: true, persons: false);

        Assert.DoesNotContain("sp.", sql, StringComparison.Ordinal);
        Assert.Contains("JOIN credit.subjects so ON so.uscc = st.uscc", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("LEFT JOIN", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_of_persons_only_joins_subjects_by_blind_index_only()
    {
        var sql = CreditRecordSql.MergeFor(organisations: false, persons: true);

        Assert.DoesNotContain("so.", sql, StringComparison.Ordinal);
        Assert.Contains("JOIN credit.subjects sp ON sp.id_number_index = st.id_index", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mixed_batch_keeps_both_joins() =>
        Assert.Equal(CreditRecordSql.Merge, CreditRecordSql.MergeFor(organisations: true, persons: true));
}
