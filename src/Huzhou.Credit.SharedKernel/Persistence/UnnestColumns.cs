using Npgsql;
using NpgsqlTypes;

namespace Huzhou.Credit.SharedKernel.Persistence;

/// <summary>
/// The array parameters of a statement that reads many rows at once as <c>unnest(@a, @b, …)</c>: one array per
/// column, each built in one pass over the rows, its element type inferred from the selector. Start it with
/// <see cref="UnnestColumnsExtensions.AddUnnest{TRow}(NpgsqlParameterCollection, IReadOnlyList{TRow})"/>:
/// <code>
/// command.Parameters.AddUnnest(rows)
///     .Column("subjects", r => r.SubjectId)
///     .Column("ends", r => r.PublicityEnd);   // DateOnly?[] → date[] with nulls
/// </code>
/// Outside text only ever travels in these arrays, never in the SQL string (docs/architecture.md, "When raw SQL is right").
/// </summary>
/// <typeparam name="TRow">The row the columns are read from.</typeparam>
public sealed class UnnestColumns<TRow>
{
    private readonly ICollection<NpgsqlParameter> _parameters;
    private readonly IReadOnlyList<TRow> _rows;

    internal UnnestColumns(ICollection<NpgsqlParameter> parameters, IReadOnlyList<TRow> rows)
    {
        _parameters = parameters;
        _rows = rows;
    }

    /// <summary>Adds <c>@name</c>: the value of <paramref name="value"/> for every row, as an array typed by <typeparamref name="T"/>.</summary>
    public UnnestColumns<TRow> Column<T>(string name, Func<TRow, T> value)
    {
        _parameters.Add(new NpgsqlParameter<T[]>(name, Values(value)));
        return this;
    }

    /// <summary>
    /// Adds <c>@name</c> as an array of <paramref name="elementType"/>, for an element type the CLR type does not say
    /// (a nullable <c>bytea</c>, <c>jsonb</c> text).
    /// </summary>
    public UnnestColumns<TRow> Column<T>(string name, Func<TRow, T> value, NpgsqlDbType elementType)
    {
        _parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | elementType) { Value = Values(value) });
        return this;
    }

    private T[] Values<T>(Func<TRow, T> value)
    {
        var values = new T[_rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(_rows[i]);
        }

        return values;
    }
}
