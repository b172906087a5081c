using System.Diagnostics;

namespace Huzhou.Credit.IntegrationTests.Infrastructure;

/// <summary>Waits for something another process does (a job server, a restarted database), failing with a reason when it does not happen in time.</summary>
internal static class Eventually
{
    public static async Task WaitAsync(Func<Task<bool>> done, TimeSpan timeout, Func<Task<string>> why, TimeSpan? poll = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail(await why());
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(250));
        }
    }

    public static Task WaitAsync(Func<bool> done, TimeSpan timeout, Func<string> why, TimeSpan? poll = null) =>
        WaitAsync(() => Task.FromResult(done()), timeout, () => Task.FromResult(why()), poll);
}
