package io.tokenrefresher.app;
public final class Main { public static void main(String[] a){ javafx.application.Application.launch(TokenRefresherApp.class, a);} }
