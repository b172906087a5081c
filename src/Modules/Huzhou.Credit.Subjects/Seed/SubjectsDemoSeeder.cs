using System.Diagnostics;
using Huzhou.Credit.SharedKernel.Modules;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Domain;
using Huzhou.Credit.Subjects.Jobs;
using Huzhou.Credit.Subjects.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Subjects.Seed;

/// <summary>
/// Seeds the demo city's subjects by binary COPY (2.36 million rows at full scale), continuing where an
/// earlier seed stopped, then takes the count snapshot so overviews show numbers at once.
/// </summary>
internal sealed class SubjectsDemoSeeder(
    SubjectsDbContext db,
    NpgsqlDataSource dataSource,
    PersonalDataProtector protector,
    SubjectCountSnapshotJob snapshot,
    TimeProvider clock,
    ILogger<SubjectsDemoSeeder> logger) : IDemoSeeder
{
    public int Order => 10;

    public async Task<string?> SeedAsync(DemoSeedOptions options, CancellationToken cancellationToken)
    {
        var existing = await db.Subjects
            .Where(s => s.CreatedBy == DemoCityGenerator.CreatedBy)
            .GroupBy(s => s.Kind == SharedKernel.SubjectKind.NaturalPerson)
            .Select(g => new { Persons = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var organisationsHave = existing.FirstOrDefault(e => !e.Persons)?.Count ?? 0;
        var personsHave = existing.FirstOrDefault(e => e.Persons)?.Count ?? 0;

        var generator = new DemoCityGenerator(protector);
        var watch = Stopwatch.StartNew();
        var addedOrganisations = await CopyAsync(DemoCityGenerator.Organisations(organisationsHave, Math.Max(0, options.Organisations - organisationsHave)), cancellationToken);
        var addedPersons = await CopyAsync(generator.Persons(personsHave, Math.Max(0, options.Persons - personsHave)), cancellationToken);
        if (addedOrganisations + addedPersons > 0)
        {
            // Merge the name index's pending list and refresh statistics after a bulk load, so the first
            // searches do not pay for it (a fresh 2.36 million-row load otherwise makes bigram probes ~50x slower).
            await using var vacuum = dataSource.CreateCommand("VACUUM (ANALYZE) credit.subjects, credit.organisation_name_bigrams");
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        await snapshot.RunAsync(cancellationToken);
        logger.LogInformation("Demo city subjects: {Organisations} organisations and {Persons} persons added in {Elapsed}", addedOrganisations, addedPersons, watch.Elapsed);

        return $"主体库 / subjects: {organisationsHave + addedOrganisations:N0} 个组织、{personsHave + addedPersons:N0} 名自然人（本次新增 {addedOrganisations + addedPersons:N0}）";
    }

    private async Task<long> CopyAsync(IEnumerable<Subject> subjects, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long rows = 0;
        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY credit.subjects (kind, kind_confirmed, name, district_code, status, uscc, uscc_check_warning, uscc_warning_reason,
                legal_representative, registered_capital, established_on, address, industry_code,
                id_number_cipher, id_number_index, id_number_masked, birth_year, sex,
                created_at, created_by, updated_at, updated_by)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken))
        {
            foreach (var s in subjects)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync((short)s.Kind, NpgsqlDbType.Smallint, cancellationToken);
                await writer.WriteAsync(s.KindConfirmed, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(s.Name, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(s.DistrictCode, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync((short)s.Status, NpgsqlDbType.Smallint, cancellationToken);
                await WriteNullableAsync(writer, s.Uscc, NpgsqlDbType.Char, cancellationToken);
                await writer.WriteAsync(s.UsccCheckWarning, NpgsqlDbType.Boolean, cancellationToken);
                await WriteNullableAsync(writer, s.UsccWarningReason, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, s.LegalRepresentative, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, s.RegisteredCapital, NpgsqlDbType.Numeric, cancellationToken);
                await WriteNullableAsync(writer, s.EstablishedOn, NpgsqlDbType.Date, cancellationToken);
                await WriteNullableAsync(writer, s.Address, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, s.IndustryCode, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, s.IdNumberCipher, NpgsqlDbType.Bytea, cancellationToken);
                await WriteNullableAsync(writer, s.IdNumberIndex, NpgsqlDbType.Bytea, cancellationToken);
                await WriteNullableAsync(writer, s.IdNumberMasked, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(writer, s.BirthYear, NpgsqlDbType.Smallint, cancellationToken);
                await WriteNullableAsync(writer, s.Sex is null ? null : (short?)s.Sex, NpgsqlDbType.Smallint, cancellationToken);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(DemoCityGenerator.CreatedBy, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(DemoCityGenerator.CreatedBy, NpgsqlDbType.Varchar, cancellationToken);
                rows++;
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);
}
