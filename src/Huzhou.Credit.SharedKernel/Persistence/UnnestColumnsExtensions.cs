using Npgsql;

namespace Huzhou.Credit.SharedKernel.Persistence;

/// <summary>Starts the <c>unnest</c> array parameters of a command (<see cref="UnnestColumns{TRow}"/>).</summary>
public static class UnnestColumnsExtensions
{
    /// <summary>The rows whose columns become the command's array parameters.</summary>
    public static UnnestColumns<TRow> AddUnnest<TRow>(this NpgsqlParameterCollection parameters, IReadOnlyList<TRow> rows) =>
        new(parameters, rows);

    /// <summary>
    /// The rows whose columns become array parameters in a list, for a statement run through EF Core
    /// (<c>Database.ExecuteSqlRawAsync(sql, parameters)</c>), which takes its parameters as a list rather than a command's collection.
    /// </summary>
    public static UnnestColumns<TRow> AddUnnest<TRow>(this List<NpgsqlParameter> parameters, IReadOnlyList<TRow> rows) =>
        new(parameters, rows);
}
