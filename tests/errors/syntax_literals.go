package main

var a = 0x
var b = 09
var c = 'ab'
var d = "unterminated
