namespace Huzhou.Credit.Dossier.Domain;

internal static class ReportChannels
{
    public static string DisplayName(ReportChannel channel) => channel switch
    {
        ReportChannel.Portal => "门户网站",
        ReportChannel.Kiosk => "查询终端",
        ReportChannel.Staff => "工作人员",
        _ => channel.ToString(),
    };
}
