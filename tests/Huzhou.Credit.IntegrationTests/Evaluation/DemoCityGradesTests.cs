using Huzhou.Credit.IntegrationTests.Infrastructure;

namespace Huzhou.Credit.IntegrationTests.Evaluation;

/// <summary>
/// Issue #26 §5: the demo city's industry grades look like a real credit centre's — every field has A-grade subjects
/// (about 10–25 %), most are B, some C, few D — under the standard bands (A ≥ 90, B ≥ 75, C ≥ 60, D below). Before the
/// fix no field had any A: the provincial scores covered only the first 600 organisations, drew 良好 at 700–849 (79–89
/// points) and the same 600 received every market-regulation penalty.
/// </summary>
/// <remarks>In the shared collection although it has a database of its own: two hosts of <c>Program</c> must not start at
/// the same moment (the test host's entry-point listener is process-wide).</remarks>
[Collection(CreditCollection.Name)]
public sealed class DemoCityGradesTests(DemoCityFixture city) : IClassFixture<DemoCityFixture>
{
    [Fact]
    public async Task Every_field_of_the_seeded_demo_city_has_A_grade_subjects_and_a_plausible_mix()
    {
        var fields = new List<(string Field, long Total, long A, long B, long C, long D)>();
        await using (var command = city.Database.CreateCommand("""
            SELECT f.code, count(r.subject_id),
                   count(*) FILTER (WHERE r.grade = 'A'), count(*) FILTER (WHERE r.grade = 'B'),
                   count(*) FILTER (WHERE r.grade = 'C'), count(*) FILTER (WHERE r.grade = 'D')
            FROM credit.evaluation_fields f LEFT JOIN credit.evaluation_results r ON r.field_code = f.code
            GROUP BY f.code ORDER BY f.code
            """))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                fields.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)));
            }
        }

        Assert.Equal(10, fields.Count);
        var described = string.Join("; ", fields.Select(f => $"{f.Field} {f.Total}: A {f.A} B {f.B} C {f.C} D {f.D}"));
        Assert.All(fields, f =>
        {
            Assert.True(f.Total > 0, $"领域 {f.Field} 没有评价结果（{described}）");
            Assert.True(f.A > 0, $"领域 {f.Field} 没有 A 级主体（{described}）");
            Assert.True(f.B >= f.A && f.B >= f.C && f.B >= f.D, $"领域 {f.Field} 的 B 级不是最多（{described}）");
            Assert.InRange(100.0 * f.A / f.Total, 5.0, 35.0);
        });
        var total = fields.Sum(f => f.Total);
        Assert.InRange(100.0 * fields.Sum(f => f.A) / total, 10.0, 25.0);
        Assert.True(fields.Sum(f => f.C) > fields.Sum(f => f.D), described);
        Assert.True(fields.Sum(f => f.D) > 0, described);

        // The standard bands are kept (A from 90): the fix is in the demo data, not in lowered bands.
        Assert.Equal(0, await city.Database.ScalarAsync<long>("SELECT count(*) FROM credit.evaluation_results WHERE grade = 'A' AND score < 90"));
    }

    [Fact]
    public async Task Public_institutions_are_not_graded_as_enterprises_nor_penalised_by_the_market_regulator()
    {
        // Welfare centres, museums, archives and libraries are in no industry field (their sections are not graded), and
        // the demo's market-regulation and ecology penalty files name market subjects (credit codes 9…) only.
        const string institutions = "福利|博物馆|档案馆|图书馆|纪念馆";
        Assert.True(await city.Database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE name ~ $1", institutions) > 0);
        Assert.Equal(0, await city.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.evaluation_results r JOIN credit.subjects s ON s.id = r.subject_id WHERE s.name ~ $1", institutions));
        Assert.Equal(0, await city.Database.ScalarAsync<long>(
            "SELECT count(*) FROM credit.credit_records r JOIN credit.subjects s ON s.id = r.subject_id WHERE r.item_code = 'XZCF' AND s.uscc NOT LIKE '9%' AND r.source_key ~ '^(湖市监处罚|湖环罚)'"));
    }
}
