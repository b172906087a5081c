using Huzhou.Credit.Contracts.Subjects;
using Huzhou.Credit.SharedKernel;
using Huzhou.Credit.SharedKernel.Identifiers;
using Huzhou.Credit.SharedKernel.Security;
using Huzhou.Credit.Subjects.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.Subjects.Features;

/// <summary>
/// <see cref="ISubjectCodeLookup"/>: the registry's lookup by credit code or ID number (its blind index) as one
/// prepared statement on the shared pool, without a DbContext — the check API asks it for every code its credit
/// status does not hold (unknown codes, subjects registered a moment ago).
/// </summary>
internal sealed class SubjectCodeLookup(NpgsqlDataSource dataSource, PersonalDataProtector protector) : ISubjectCodeLookup
{
    // uscc is character(18): the parameter is sent as such, or PostgreSQL would compare as text and skip the index.
    private const string ByCode = """
        SELECT id, kind, name, uscc, id_number_masked, district_code, verification
        FROM credit.subjects
        WHERE uscc = $1 OR id_number_index = $2
        ORDER BY id
        LIMIT 1
        """;

    public async Task<ResolvedSubject?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var parsed = SubjectCode.Parse(code);
        var uscc = parsed.CreditCode;
        var index = parsed.BlindIndex(protector);
        if (uscc is null && index is null)
        {
            return null;
        }

        await using var command = dataSource.CreateCommand(ByCode);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Char, Value = (object?)uscc ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = (object?)index ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var isPerson = reader.GetInt16(1) == (short)SubjectKind.NaturalPerson;
        var displayCode = isPerson
            ? (reader.IsDBNull(4) ? "" : reader.GetString(4))
            : (reader.IsDBNull(3) ? "" : reader.GetString(3));
        return new ResolvedSubject(reader.GetInt64(0), isPerson, reader.GetString(2), displayCode, reader.GetString(5), reader.GetInt16(6) == (short)VerificationStatus.Pending);
    }
}
