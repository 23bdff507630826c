using EnvBot.Host;
using EnvBot.Host.Cli;

if (RoutingEvalCommand.Handles(args))
{
    // Evaluations need neither the database nor the web app (issue 5).
    Console.OutputEncoding = System.Text.Encoding.UTF8;
    return await RoutingEvalCommand.RunAsync(args, new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build(), Console.Out, Console.Error, CancellationToken.None);
}
// Policy commands need no database: run them before the web application is built.
if (args is ["eval", "policy-vocabulary", .. var vocabularyArgs])
{
    Console.OutputEncoding = System.Text.Encoding.UTF8;
    return await PolicyVocabularyCommand.RunAsync(vocabularyArgs, Console.Out, Console.Error);
}
if (args is ["eval", "policy", .. var evalArgs])
{
    return await PolicyEvalCommand.RunAsync(evalArgs, Console.Out, Console.Error);
}
if (args is ["eval", "contacts", .. var contactArgs])
{
    // Reads the pairing table itself (the seed or --pairings): no database (issue 8).
    Console.OutputEncoding = System.Text.Encoding.UTF8;
    return await ContactEvalCommand.RunAsync(contactArgs, Console.Out, Console.Error);
}
if (args is ["import", "policy", .. var importArgs])
{
    return await PolicyImportCommand.RunAsync(importArgs, TimeProvider.System, Console.Out, Console.Error);
}

var command = CliCommands.IsCommand(args);
var app = EnvBotApp.Build(command ? [] : args);
await EnvBotApp.PrepareAsync(app);
if (command)
{
    return await CliCommands.RunAsync(app, args, Console.Out, Console.Error);
}
await app.RunAsync();
return 0;

/// <summary>Entry point; public so end-to-end tests can reference the assembly.</summary>
public partial class Program;
