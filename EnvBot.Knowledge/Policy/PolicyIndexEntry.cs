namespace EnvBot.Knowledge.Policy;

/// <summary>One row of the corpus's index.json (data/policy/README.md, "index.json 字段").</summary>
public sealed record PolicyIndexEntry(string File, string Title, string Status, int ArticleCount, DateOnly? RepealedDate);
