using Npgsql;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>Direct reads of the test database, to check what the application stored (positional $1, $2... parameters).</summary>
internal static class Sql
{
    public static async Task<T> ScalarAsync<T>(this NpgsqlDataSource database, string sql, params object[] parameters)
    {
        await using var command = Command(database, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value switch
        {
            T typed => typed,
            null or DBNull => default!,
            _ => (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public static async Task<int> ExecuteAsync(this NpgsqlDataSource database, string sql, params object[] parameters)
    {
        await using var command = Command(database, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The number of subjects with exactly this name.</summary>
    public static Task<long> CountSubjectsNamedAsync(this NpgsqlDataSource database, string name) =>
        database.ScalarAsync<long>("SELECT count(*) FROM credit.subjects WHERE name = $1", name);

    private static NpgsqlCommand Command(NpgsqlDataSource database, string sql, object[] parameters)
    {
        var command = database.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return command;
    }
}
