using JiebaNet.Segmenter;

namespace EnvBot.Knowledge.Text;

/// <summary>
/// jieba.NET 0.42 reads dict.txt and its HMM tables from a process-wide ConfigFileBaseDir and keeps one word
/// dictionary per process. EnvBot.Knowledge.csproj copies the files to "jieba" beside the assembly; every segmenter
/// in the product calls <see cref="Configure"/> first so routing and policy search read the same files.
/// </summary>
public static class JiebaResources
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "jieba");

    public static void Configure() => ConfigManager.ConfigFileBaseDir = Folder;
}
