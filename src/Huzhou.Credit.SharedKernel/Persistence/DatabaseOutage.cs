using System.Net.Sockets;
using Npgsql;

namespace Huzhou.Credit.SharedKernel.Persistence;

/// <summary>
/// Errors that say the connection, not the statement, failed: the database restarted or went away (a pooled connection
/// broken by an earlier restart fails its next statement with 57P01 or an I/O error), or cannot be reached. A statement
/// that met one did not run (or its fate is unknown to the caller), the next connection may well work, and the other idle
/// connections of the pool are probably broken too — so the pool is cleared and a hot path may retry once on a fresh
/// connection (issue #24). A statement refused for its data (class 22/23), a timeout or a cancellation is not one: retrying
/// those only multiplies the load on a database in trouble.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>Whether <paramref name="error"/> (or an exception inside it) is a broken or refused connection.</summary>
    public static bool IsBrokenConnection(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    // 08: connection exception; 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now.
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03";
                case NpgsqlException { InnerException: IOException or SocketException or EndOfStreamException }:
                    return true;
                case IOException or SocketException or EndOfStreamException when e != error:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Drops every idle connection of the pools: after a restart they are all broken, and each would fail a request.</summary>
    public static void ClearPools(NpgsqlDataSource? source = null)
    {
        if (source is not null)
        {
            source.Clear();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }
    }
}
