using System.Net.Sockets;
using Huzhou.Credit.SharedKernel.Persistence;
using Npgsql;

namespace Huzhou.Credit.UnitTests.Persistence;

public sealed class DatabaseOutageTests
{
    [Theory]
    [InlineData(PostgresErrorCodes.AdminShutdown, true)]           // 57P01: a pooled connection after a restart
    [InlineData(PostgresErrorCodes.CrashShutdown, true)]           // 57P02
    [InlineData(PostgresErrorCodes.CannotConnectNow, true)]        // 57P03: the database is starting up
    [InlineData(PostgresErrorCodes.ConnectionFailure, true)]       // 08006
    [InlineData(PostgresErrorCodes.QueryCanceled, false)]          // 57014: a statement timeout
    [InlineData(PostgresErrorCodes.CharacterNotInRepertoire, false)] // 22021: the data's fault
    [InlineData(PostgresErrorCodes.UniqueViolation, false)]
    [InlineData(PostgresErrorCodes.SerializationFailure, false)]
    public void Server_errors_are_outages_only_for_the_connection_classes(string sqlState, bool outage) =>
        Assert.Equal(outage, DatabaseOutage.IsBrokenConnection(new PostgresException("x", "FATAL", "FATAL", sqlState)));

    [Fact]
    public void A_broken_stream_or_a_refused_connection_is_an_outage_a_timeout_is_not()
    {
        Assert.True(DatabaseOutage.IsBrokenConnection(new NpgsqlException("Exception while reading from stream", new EndOfStreamException())));
        Assert.True(DatabaseOutage.IsBrokenConnection(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(DatabaseOutage.IsBrokenConnection(new InvalidOperationException("wrapped", new NpgsqlException("x", new IOException("reset")))));
        Assert.False(DatabaseOutage.IsBrokenConnection(new NpgsqlException("Exception while reading from stream", new TimeoutException())));
        Assert.False(DatabaseOutage.IsBrokenConnection(new InvalidOperationException("a bug")));
        Assert.False(DatabaseOutage.IsBrokenConnection(null));
    }
}
